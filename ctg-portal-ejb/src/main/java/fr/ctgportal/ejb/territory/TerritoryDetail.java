package fr.ctgportal.ejb.territory;

import java.io.Serializable;

/**
 * A territory's page: its figures (its posts come page by page from
 * {@link fr.ctgportal.ejb.post.PostService#pagePosts}, filter {@code territory}).
 */
public record TerritoryDetail(TerritorySummary summary) implements Serializable {
}
