package fr.ctgportal.ejb.recruitment;

import fr.ctgportal.model.recruitment.DescriptionItem;
import fr.ctgportal.model.recruitment.ItemVerdict;

/** The Caf's verdict on one item of the job description, with its comment. */
public record ItemReviewInput(DescriptionItem item, ItemVerdict verdict, String comment) {
}
