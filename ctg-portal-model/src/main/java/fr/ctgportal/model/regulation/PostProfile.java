package fr.ctgportal.model.regulation;

import java.math.BigDecimal;

/**
 * What the typology of the posts counts of one post (the Caf's study in the doctrine of 15/11/2024,
 * "Typologie des postes de chargés de coopération").
 *
 * @param territoryId             the post's territory
 * @param cooperationFte          employment FTE × cooperation share, to the hundredth
 * @param cooperationShare        the part of the working time on the mission, a fraction; null when not weighed
 * @param director                the holder is head of service, DGS, DGA or secrétaire général
 * @param administrativeAssistant the holder is an administrative agent
 */
public record PostProfile(long territoryId, BigDecimal cooperationFte, BigDecimal cooperationShare, boolean director,
        boolean administrativeAssistant) {
}
