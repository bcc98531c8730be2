package fr.ctgportal.model.report;

import java.io.Serializable;
import java.util.List;

/** One of the eight functions of the frame, under its objective, with its actions and indicators. */
public record FrameFunction(String code, int objectiveNumber, String objectiveLabel, String label, String actions,
        List<FrameIndicator> indicators) implements Serializable {

    /** @return the indicators asked of an officer (the lead-only ones only of the Ctg's lead officer) */
    public List<FrameIndicator> indicatorsFor(boolean ctgLead) {
        return indicators.stream().filter(i -> ctgLead || !i.leadOnly()).toList();
    }
}
