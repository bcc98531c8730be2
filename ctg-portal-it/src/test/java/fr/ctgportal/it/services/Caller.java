package fr.ctgportal.it.services;

import static fr.ctgportal.ejb.security.Roles.ADMIN;
import static fr.ctgportal.ejb.security.Roles.AUTHORITY_HR;
import static fr.ctgportal.ejb.security.Roles.CAF_ADVISOR;
import static fr.ctgportal.ejb.security.Roles.CAF_MANAGER;
import static fr.ctgportal.ejb.security.Roles.COOPERATION_OFFICER;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import java.util.Optional;

/**
 * The users the service table ({@link ServiceCatalog}) is run as: one per portal role and one with
 * none. Each constant's {@link AsUser} is the identity {@link TestUserMechanism} signs in. The
 * authority and portfolio users belong to another tenant than Alès Agglomération, whose data the
 * table's rows try to reach.
 */
enum Caller {
    @AsUser(name = "rh.uzes", roles = AUTHORITY_HR)
    AUTHORITY_HR_OF_ANOTHER_AUTHORITY(true), @AsUser(name = "coop.uzes", roles = COOPERATION_OFFICER)
    COOPERATION_OFFICER_OF_ANOTHER_AUTHORITY(true), @AsUser(name = "conseil.sud", roles = CAF_ADVISOR)
    CAF_ADVISOR_WITHOUT_THE_TERRITORY_IN_PORTFOLIO(true), @AsUser(name = "direction.caf", roles = CAF_MANAGER)
    CAF_MANAGER_OF_THE_DEPARTMENT(false), @AsUser(name = "admin.ctg", roles = ADMIN)
    ADMINISTRATOR(false), @AsUser(name = "sans.role")
    SIGNED_IN_WITHOUT_PORTAL_ROLE(false);

    /** What a row checks for a caller. */
    enum Check {
        /** The container refuses the call ({@code @RolesAllowed}). */
        REFUSED("refused"),
        /** The row's {@code foreignTenant} check: nothing of Alès is read or changed. */
        OTHER_TENANT("other tenant");

        private final String label;

        Check(String label) {
            this.label = label;
        }
    }

    private final boolean otherTenant;

    Caller(boolean otherTenant) {
        this.otherTenant = otherTenant;
    }

    AsUser user() {
        try {
            return Caller.class.getField(name()).getAnnotation(AsUser.class);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The caller's portal role, or {@code null}. */
    String role() {
        String[] roles = user().roles();
        return roles.length == 0 ? null : roles[0];
    }

    /**
     * What the table checks of {@code row} as this caller: refused if the role may not call it, the
     * other-tenant check if it may and the caller is of another tenant; nothing for an allowed caller
     * who sees the whole department.
     */
    Optional<Check> check(ServiceCatalog.Case row) {
        if (role() == null || !row.roles().contains(role())) {
            return Optional.of(Check.REFUSED);
        }
        return otherTenant ? Optional.of(Check.OTHER_TENANT) : Optional.empty();
    }

    /** The test's name, e.g. {@code PostService.findPost as caf-advisor: refused}. */
    String testName(ServiceCatalog.Case row) {
        return row.id() + " as " + (role() == null ? "no portal role" : role()) + ": "
                + check(row).map(c -> c.label).orElse("not checked");
    }

    /** Runs the check of {@code row} as this caller (signed in as it by the request). */
    void verify(ServiceCatalog.Case row, ServiceCatalog.Services s) throws Exception {
        switch (check(row).orElseThrow()) {
            case REFUSED -> assertThrows(EJBAccessException.class, () -> row.call().run(s),
                    row.id() + ": not refused to role " + role());
            case OTHER_TENANT -> {
                assertTrue(row.hasForeignTenantCheck(),
                        row.id() + ": the table says NOT_APPLICABLE, yet " + role() + " may call it");
                row.foreignTenant().run(s);
            }
        }
    }
}
