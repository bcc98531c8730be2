package fr.ctgportal.ejb.report;

import fr.ctgportal.model.report.AnnualReport;
import fr.ctgportal.model.report.AnswerType;
import fr.ctgportal.model.report.FrameFunction;
import fr.ctgportal.model.report.FrameIndicator;
import fr.ctgportal.model.report.IndicatorFrame;
import fr.ctgportal.model.report.IndicatorKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The editions of the indicator frame, read once from the reference tables (they never change),
 * through the named native queries declared on {@link fr.ctgportal.model.report.AnnualReport}.
 */
@ApplicationScoped
public class IndicatorFrames {

    @PersistenceContext(unitName = "ctg")
    private EntityManager em;

    private final Map<String, IndicatorFrame> editions = new ConcurrentHashMap<>();

    /**
     * @return the frame of this edition
     * @throws IllegalStateException if the portal's migrations did not load it
     */
    public IndicatorFrame edition(String edition) {
        return editions.computeIfAbsent(edition, this::read);
    }

    /** @return the frame edition the report was opened on */
    public IndicatorFrame of(AnnualReport report) {
        return edition(report.getEdition());
    }

    @SuppressWarnings("unchecked")
    private IndicatorFrame read(String edition) {
        List<Object[]> indicatorRows = em.createNamedQuery("AnnualReport.frameIndicators").setParameter(1, edition)
                .getResultList();
        Map<String, List<FrameIndicator>> byFunction = indicatorRows.stream()
                .map(r -> new FrameIndicator((String) r[0], (String) r[1], IndicatorKind.valueOf((String) r[2]),
                        AnswerType.valueOf((String) r[3]), truth(r[4]), (String) r[5]))
                .collect(Collectors.groupingBy(FrameIndicator::functionCode));
        List<Object[]> functionRows = em.createNamedQuery("AnnualReport.frameFunctions").setParameter(1, edition)
                .getResultList();
        List<FrameFunction> functions = functionRows.stream()
                .map(r -> new FrameFunction((String) r[0], ((Number) r[1]).intValue(), (String) r[2], (String) r[3],
                        (String) r[4], byFunction.getOrDefault((String) r[0], List.of())))
                .toList();
        if (functions.isEmpty()) {
            throw new IllegalStateException("no indicator frame " + edition);
        }
        return new IndicatorFrame(edition, functions);
    }

    private static boolean truth(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }
}
