package fr.ctgportal.model.recruitment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The Caf's verdict on one item of a submitted job description, with its comment. */
@Embeddable
public class ItemReview {

    @Enumerated(EnumType.STRING)
    @Column(name = "item", nullable = false, length = 30)
    private DescriptionItem item;

    @Enumerated(EnumType.STRING)
    @Column(name = "verdict", nullable = false, length = 20)
    private ItemVerdict verdict;

    @Column(name = "comment_text")
    private String comment;

    protected ItemReview() {
        // for JPA
    }

    public ItemReview(DescriptionItem item, ItemVerdict verdict, String comment) {
        this.item = item;
        this.verdict = verdict;
        this.comment = comment;
    }

    public DescriptionItem getItem() { return item; }
    public ItemVerdict getVerdict() { return verdict; }
    public String getComment() { return comment; }
}
