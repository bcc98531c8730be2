package fr.ctgportal.ejb.recruitment;

import java.io.Serializable;
import fr.ctgportal.model.post.PostStatus;

/** A post of the authority for which a recruitment file can be opened. */
public record RecruitablePost(long id, String title, String holderName, PostStatus status) implements Serializable {
}
