package fr.ctgportal.ejb.recruitment;

import java.io.Serializable;
import fr.ctgportal.ejb.document.DocumentRef;
import fr.ctgportal.model.recruitment.DescriptionItem;
import fr.ctgportal.model.recruitment.ItemReview;
import fr.ctgportal.model.recruitment.JobDescription;
import fr.ctgportal.model.recruitment.JobDescriptionContent;
import fr.ctgportal.model.recruitment.ReviewOutcome;
import fr.ctgportal.model.shared.Stamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One version of a job description with the Caf's review, and the items changed since the previous
 * version (empty for the first).
 */
public record DescriptionVersionView(int number, JobDescriptionContent content, DocumentRef document,
        String savedBy, Instant savedAt, String submittedBy, Instant submittedAt,
        ReviewOutcome reviewOutcome, String reviewedBy, Instant reviewedAt,
        List<ItemReviewView> reviews, Set<DescriptionItem> changedSincePrevious) implements Serializable {

    public record ItemReviewView(DescriptionItem item, fr.ctgportal.model.recruitment.ItemVerdict verdict,
            String comment) implements Serializable {
    }

    static DescriptionVersionView of(JobDescription d, JobDescription previous) {
        JobDescriptionContent content = d.content();
        Stamp submitted = d.getSubmitted();
        Stamp reviewed = d.getReviewed();
        return new DescriptionVersionView(d.getNumber(), content, DocumentRef.of(d.getDocument()), d.getSaved().by(),
                d.getSaved().at(), submitted == null ? null : submitted.by(), submitted == null ? null : submitted.at(),
                d.getReviewOutcome(), reviewed == null ? null : reviewed.by(), reviewed == null ? null : reviewed.at(),
                d.getReviews().stream().map(DescriptionVersionView::view).toList(),
                previous == null ? Set.of() : content.changedSince(previous.content()));
    }

    private static ItemReviewView view(ItemReview r) {
        return new ItemReviewView(r.getItem(), r.getVerdict(), r.getComment());
    }

    /** @return the Caf's review of that item, or null */
    public ItemReviewView reviewOf(DescriptionItem item) {
        return reviews.stream().filter(r -> r.item() == item).findFirst().orElse(null);
    }

    public boolean changed(DescriptionItem item) {
        return changedSincePrevious.contains(item);
    }

    public boolean submitted() {
        return submittedAt != null;
    }
}
