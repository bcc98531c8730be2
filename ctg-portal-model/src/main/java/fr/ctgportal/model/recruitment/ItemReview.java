package fr.ctgportal.model.recruitment;

import fr.ctgportal.model.shared.DomainRuleException;
import fr.ctgportal.model.shared.TextLimit;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The Caf's verdict on one item of a submitted job description, with its comment (required for an item to change). */
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

    /**
     * @return this review as stored: the comment stripped (null when blank)
     * @throws DomainRuleException {@code recruitment.error.textTooLong}, or {@code recruitment.error.commentRequired}
     *                             for an item to change without a comment
     */
    ItemReview checked() {
        String kept = TextLimit.COMMENT.optional(comment);
        if (verdict == ItemVerdict.TO_CHANGE && kept == null) {
            throw new DomainRuleException("recruitment.error.commentRequired");
        }
        return new ItemReview(item, verdict, kept);
    }

    boolean toChange() {
        return verdict == ItemVerdict.TO_CHANGE;
    }

    public DescriptionItem getItem() { return item; }
    public ItemVerdict getVerdict() { return verdict; }
    public String getComment() { return comment; }
}
