package fr.ctgportal.ejb.workqueue;

import java.io.Serializable;
import java.util.List;

/** What awaits a user: the non-empty groups, in the order of {@link WorkKind}. */
public record WorkQueue(List<WorkGroup> groups) implements Serializable {

    public WorkQueue {
        groups = List.copyOf(groups);
    }

    /** @return how many lines in all (the menu's badge) */
    public int total() {
        return groups.stream().mapToInt(WorkGroup::count).sum();
    }

    /** @return the group of that kind, or an empty one */
    public WorkGroup group(WorkKind kind) {
        return groups.stream().filter(g -> g.kind() == kind).findFirst().orElse(new WorkGroup(kind, List.of()));
    }
}
