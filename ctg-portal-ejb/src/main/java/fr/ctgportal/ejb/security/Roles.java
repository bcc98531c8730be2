package fr.ctgportal.ejb.security;

/** The realm roles of the identity provider, as used in {@code @RolesAllowed}. */
public final class Roles {
    public static final String AUTHORITY_HR = "authority-hr";
    public static final String COOPERATION_OFFICER = "cooperation-officer";
    public static final String CAF_ADVISOR = "caf-advisor";
    public static final String CAF_MANAGER = "caf-manager";
    public static final String ADMIN = "admin";

    /** Every role, in a stable order. */
    public static final String[] ALL = {AUTHORITY_HR, COOPERATION_OFFICER, CAF_ADVISOR, CAF_MANAGER, ADMIN};

    private Roles() {
    }
}
