package fr.ctgportal.model.doctrine;

/**
 * Functions held by the person in the post, besides the cooperation mission, that the doctrine of
 * 15/11/2024 singles out. A post may hold none of them (empty set).
 */
public enum PostFunction {
    /** Administrative assistant: excluded from funding from the Ctg renewal (phase 2). */
    ADMINISTRATIVE_ASSISTANT,
    /**
     * Secrétaire général, DGS, DGA or directeur de service: progressively excluded before the end
     * of the renewed Ctg (phase 3), as the Cnaf recommends.
     */
    DIRECTOR,
    /**
     * A post already funded by a prestation de service (Eaje director, Alsh manager, RPE
     * animator): flagged, the declared split may be checked afterwards.
     */
    SERVICE_FUNDED
}
