package fr.ctgportal.ejb.funding;

import fr.ctgportal.model.funding.DecisionStatus;
import fr.ctgportal.model.funding.PostFundingDecision;
import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A funding decision as a line of a list: the post it funds and who prepared and decided it (names,
 * never logins). The doctrine's lines are on the post's page ({@link DecisionView}).
 *
 * @param cafFunding     euros a year
 * @param cooperationFte the FTE funded
 */
public record DecisionRow(long id, long postId, String postReference, String postTitle, String holderName,
        String employerName, String territoryName, int year, DecisionStatus status, boolean funded,
        BigDecimal cafFunding, BigDecimal cooperationFte, String preparedBy, Instant preparedAt, String decidedBy,
        Instant decidedAt) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** @param names the names of the logins that prepared and decided ({@code People.namesOf}) */
    static DecisionRow of(PostFundingDecision d, Map<String, String> names) {
        var post = d.getPost();
        return new DecisionRow(d.getId(), post.getId(), post.getReference(), post.getTitle(), post.getHolderName(),
                post.getEmployer().getName(), post.getTerritory().getName(), d.getYear(), d.getStatus(),
                d.isFunded(), d.getCafFunding(), d.getCooperationFte(), names.get(d.getPrepared().by()),
                d.getPrepared().at(), d.getDecided() == null ? null : names.get(d.getDecided().by()),
                d.getDecided() == null ? null : d.getDecided().at());
    }
}
