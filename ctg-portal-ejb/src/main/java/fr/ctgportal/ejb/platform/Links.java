package fr.ctgportal.ejb.platform;

import fr.ctgportal.model.shared.Side;

/**
 * The one place that knows the web pages' addresses, for the links in e-mails: each side has its area
 * ({@code /collectivite/} for the authority, {@code /caf/} for the Caf). Paths are from the context
 * root; {@code Notifications} prefixes the portal's URL.
 */
public final class Links {

    private Links() {
    }

    /** @return the page of a post, in the side's area */
    public static String post(Side side, long postId) {
        return area(side) + "/poste.xhtml?id=" + postId;
    }

    /** @return the page of a recruitment file, in the side's area */
    public static String recruitmentFile(Side side, long fileId) {
        return area(side) + "/recrutements/dossier.xhtml?id=" + fileId;
    }

    /** @return the page of an annual report, in the side's area (officers share the authority's) */
    public static String report(Side side, long reportId) {
        return area(side) + "/rapports/rapport.xhtml?id=" + reportId;
    }

    /** @return the list of the annual reports, in the side's area */
    public static String reports(Side side) {
        return area(side) + "/rapports/index.xhtml";
    }

    /** @return the Caf's compliance plan, where a manager sets the territories' plan dates */
    public static String plan() {
        return "/caf/plan.xhtml";
    }

    private static String area(Side side) {
        return side == Side.CAF ? "/caf" : "/collectivite";
    }
}
