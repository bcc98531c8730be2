package fr.ctgportal.model.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An edition of the Cnaf's follow-up and evaluation indicators (table n° 2 of the mission sheet):
 * four objectives, eight functions, their indicators. A report keeps the edition it was made on.
 */
public record IndicatorFrame(String edition, List<FrameFunction> functions) implements Serializable {

    /** The edition loaded by the portal's migrations (indicators of 2022, sent to the Caf in 2023). */
    public static final String CURRENT_EDITION = "CNAF-2023";

    /**
     * @param answers       by indicator code
     * @param functionTexts the free text per function code
     * @return what is missing before the report can be submitted: indicator codes, then function
     *         codes whose free text is empty, in the frame's order
     */
    public List<String> missing(Map<String, ReportAnswer> answers, Map<String, String> functionTexts, boolean ctgLead) {
        List<String> missing = new ArrayList<>();
        for (FrameFunction f : functions) {
            for (FrameIndicator i : f.indicatorsFor(ctgLead)) {
                if (!i.answeredBy(answers.get(i.code()))) {
                    missing.add(i.code());
                }
            }
            String text = functionTexts.get(f.code());
            if (text == null || text.isBlank()) {
                missing.add(f.code());
            }
        }
        return List.copyOf(missing);
    }

    /** @return every indicator, in the frame's order */
    public List<FrameIndicator> indicators() {
        return functions.stream().flatMap(f -> f.indicators().stream()).toList();
    }
}
