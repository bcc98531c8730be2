package fr.ctgportal.ejb.territory;

import fr.ctgportal.ejb.post.PostView;
import java.io.Serializable;
import java.util.List;

/** A territory's page: its figures and its posts. */
public record TerritoryDetail(TerritorySummary summary, List<PostView> posts) implements Serializable {
}
