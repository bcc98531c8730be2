package fr.ctgportal.model.doctrine;

/**
 * Whether a post already exists or is created ("développement de poste"). The doctrine of
 * 15/11/2024 is stricter for a new post: at least 50 % of the working time and at least 0.5 FTE
 * on the cooperation mission, and a qualification of Bac+2 at least from the recruitment.
 */
public enum PostOrigin {
    /** A post funded before the doctrine; it is brought into compliance phase by phase. */
    EXISTING,
    /** A new post ("développement"), even created in the middle of an agreement. */
    DEVELOPMENT
}
