/**
 * The Caf du Gard doctrine for the funding of "chargés de coopération Ctg" posts, as code.
 *
 * <p>Sources: the compliance doctrine presented to the Commission d'Action Sociale of the Caf du
 * Gard on 15/11/2024, and the Cnaf mission sheet of the chargé de coopération Ctg/Sdsf (April
 * 2024, table 1: job reference, indicative cost of 48,000 € per FTE).
 *
 * <p>Entry point: {@link fr.ctgportal.model.doctrine.Doctrine#evaluate}. Every figure of the
 * doctrine is a dated {@link fr.ctgportal.model.doctrine.DoctrineParameter parameter}, declared
 * once in {@link fr.ctgportal.model.doctrine.StandardParameters}; each
 * {@link fr.ctgportal.model.doctrine.FundingDecision} keeps the
 * {@link fr.ctgportal.model.doctrine.ParameterSnapshot snapshot} of the values it used. User-visible
 * text lives in the {@code messages} resource bundle of this package (French by default).
 */
package fr.ctgportal.model.doctrine;
