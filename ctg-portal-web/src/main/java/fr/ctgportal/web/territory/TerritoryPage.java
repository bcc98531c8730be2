package fr.ctgportal.web.territory;

import fr.ctgportal.ejb.territory.TerritoryDetail;
import fr.ctgportal.ejb.territory.TerritoryService;
import fr.ctgportal.web.faces.Pages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A territory's page for the Caf: figures and posts. */
@Named
@RequestScoped
public class TerritoryPage {

    @Inject
    private TerritoryService territories;

    private String id;
    private TerritoryDetail territory;

    public void load() {
        territory = Pages.load(id, territories::findTerritory);
    }

    public String getId() { return id; }
    public void setId(String id) { this.id = id; }
    public TerritoryDetail getTerritory() { return territory; }
}
