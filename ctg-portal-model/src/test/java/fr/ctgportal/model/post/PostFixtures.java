package fr.ctgportal.model.post;

import fr.ctgportal.model.authority.Authority;
import fr.ctgportal.model.authority.AuthorityType;
import fr.ctgportal.model.doctrine.Qualification;
import fr.ctgportal.model.territory.Territory;
import java.math.BigDecimal;

/** Test data: posts built the way the portal builds them, without a container. */
public final class PostFixtures {

    private PostFixtures() {
    }

    /** @return a full-time post filled by a holder, half of whose time is on the cooperation mission */
    public static CooperationPost filled() {
        Territory territory = new Territory("CC Pays d’Uzès (fictif)", 30000, new BigDecimal("250.00"));
        Authority employer = new Authority("200034379", "CC Pays d’Uzès (fictive)", AuthorityType.COMMUNES_COMMUNITY,
                territory, true);
        CooperationPost post = CooperationPost.created(employer, "Chargé(e) de coopération Ctg");
        post.recruited("Camille Test", Qualification.BAC3_OR_ABOVE, BigDecimal.ONE, new BigDecimal("0.5"),
                new BigDecimal("50000.00"), new BigDecimal("0.5"), false);
        return post;
    }
}
