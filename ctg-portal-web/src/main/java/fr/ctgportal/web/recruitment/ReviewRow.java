package fr.ctgportal.web.recruitment;

import fr.ctgportal.model.recruitment.DescriptionItem;
import fr.ctgportal.model.recruitment.ItemVerdict;
import java.io.Serial;
import java.io.Serializable;

/** One line of the Caf's review form: an item of the job description, its verdict and comment. */
public class ReviewRow implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final DescriptionItem item;
    private ItemVerdict verdict;
    private String comment;

    ReviewRow(DescriptionItem item) {
        this.item = item;
    }

    public DescriptionItem getItem() { return item; }
    public ItemVerdict getVerdict() { return verdict; }
    public void setVerdict(ItemVerdict verdict) { this.verdict = verdict; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
