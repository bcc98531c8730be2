package fr.ctgportal.web.view;

import fr.ctgportal.ejb.platform.NotFoundException;
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

    private Long id;
    private TerritoryDetail territory;

    public void load() {
        if (id == null) {
            Pages.notFound();
            return;
        }
        try {
            territory = territories.findTerritory(id);
        } catch (NotFoundException e) {
            Pages.notFound();
        }
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public TerritoryDetail getTerritory() { return territory; }
}
