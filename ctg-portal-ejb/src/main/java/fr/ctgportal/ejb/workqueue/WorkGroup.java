package fr.ctgportal.ejb.workqueue;

import java.io.Serializable;
import java.util.List;

/** The lines of one kind of work, most urgent (then oldest) first. */
public record WorkGroup(WorkKind kind, List<WorkItem> items) implements Serializable {

    public WorkGroup {
        items = List.copyOf(items);
    }

    /** @return how many lines the group has */
    public int count() {
        return items.size();
    }
}
