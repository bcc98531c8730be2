package fr.ctgportal.model.compliance;

/** What the Caf questions when it opens a compliance procedure on a post (doctrine of 15/11/2024). */
public enum ProcedureGround {
    /** The reality of the cooperation mission. */
    REALITY,
    /** The weighing of the post (time really spent on the mission). */
    WEIGHING,
    /** The post's conformity with the doctrine. */
    CONFORMITY
}
