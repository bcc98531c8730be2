package fr.ctgportal.model.territory;

/**
 * One intercommunality (EPCI à fiscalité propre) of the official list of 1 January 2026, as bundled
 * with the portal ({@link Intercommunalities}).
 *
 * @param siren          its SIREN (9 digits)
 * @param name           its official name
 * @param kind           CC, CA, CU or ME (métropole)
 * @param communes       number of member communes
 * @param population     municipal population (inhabitants)
 * @param departmentCode the code of the département of its seat
 * @param departmentName the name of that département
 */
public record Intercommunality(String siren, String name, String kind, int communes, int population,
        String departmentCode, String departmentName) {
}
