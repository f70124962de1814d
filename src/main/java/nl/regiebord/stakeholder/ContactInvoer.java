package nl.regiebord.stakeholder;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of POST /api/plannen/{planId}/stakeholders/{stakeholderId}/contacten: a contact held. Documents the
 * fields for the OpenAPI document only: the resource reads the body field by field with {@link
 * nl.regiebord.api.Invoer}.
 */
@Schema(description = "Een gehouden contact.")
public record ContactInvoer(
        @Schema(description = "Standaard vandaag; niet in de toekomst.") LocalDate datum,
        @Schema(description = "Wie het contact had; standaard de aangemelde gebruiker.") String door,
        @Schema(description = "Het gebruikersnummer van wie het contact had, een lid van het plan.") Long doorId,
        Communicatie vorm,
        String samenvatting) {
}
