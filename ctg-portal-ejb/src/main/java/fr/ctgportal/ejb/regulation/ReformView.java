package fr.ctgportal.ejb.regulation;

import fr.ctgportal.model.regulation.ReformLine;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A drafted reform of the doctrine's parameters against the parameters in force, computed in memory
 * and never recorded.
 *
 * @param on          the day both are computed for (the reform's first day)
 * @param drafts      the drafted values, each with the value in force that day
 * @param posts       each post of the department, with its title
 * @param territories each territory
 * @param total       the department
 */
public record ReformView(LocalDate on, List<Draft> drafts, List<Line> posts, List<Line> territories, ReformLine total)
        implements
            Serializable {

    /** A drafted value next to the value in force. */
    public record Draft(String parameter, String label, String inForce, String drafted) implements Serializable {
    }

    /** A post or a territory, named. */
    public record Line(String name, String territoryName, ReformLine figures) implements Serializable {
    }
}
