package nl.regiebord.toegang;

import java.util.EnumSet;
import java.util.Set;
import nl.regiebord.api.Keuzewaarde;

import static nl.regiebord.toegang.Recht.ACTIES_WIJZIGEN;
import static nl.regiebord.toegang.Recht.EXPORTEREN;
import static nl.regiebord.toegang.Recht.KAARTEN_WIJZIGEN;
import static nl.regiebord.toegang.Recht.LEDEN_BEHEREN;
import static nl.regiebord.toegang.Recht.LEDEN_BEKIJKEN;
import static nl.regiebord.toegang.Recht.LEZEN;
import static nl.regiebord.toegang.Recht.PLAN_WIJZIGEN;
import static nl.regiebord.toegang.Recht.RISICOREVIEW_VASTLEGGEN;
import static nl.regiebord.toegang.Recht.RISICOS_WIJZIGEN;
import static nl.regiebord.toegang.Recht.STAKEHOLDERS_WIJZIGEN;
import static nl.regiebord.toegang.Recht.VERGADERING_VASTLEGGEN;

/** A user's role in one plan, and the rights that come with it: the one table of who may do what. */
public enum Rol implements Keuzewaarde {
    PROJECTMANAGER("projectmanager", "Alles in het plan, ook de leden en hun rollen.",
            EnumSet.of(LEZEN, EXPORTEREN, ACTIES_WIJZIGEN, KAARTEN_WIJZIGEN, RISICOS_WIJZIGEN, STAKEHOLDERS_WIJZIGEN,
                    RISICOREVIEW_VASTLEGGEN, VERGADERING_VASTLEGGEN, PLAN_WIJZIGEN, LEDEN_BEKIJKEN, LEDEN_BEHEREN)),
    PROJECTLEIDER("projectleider", "Wijzigt acties, projectkaarten, risico's en stakeholders.",
            EnumSet.of(LEZEN, EXPORTEREN, LEDEN_BEKIJKEN, ACTIES_WIJZIGEN, KAARTEN_WIJZIGEN, RISICOS_WIJZIGEN,
                    STAKEHOLDERS_WIJZIGEN)),
    STUURGROEP("stuurgroep", """
            Leest alles, legt de risicoreview en de stuurgroepvergadering vast (met actiepunten) en exporteert; \
            wijzigt verder geen actie.""",
            EnumSet.of(LEZEN, EXPORTEREN, LEDEN_BEKIJKEN, RISICOREVIEW_VASTLEGGEN, VERGADERING_VASTLEGGEN)),
    LEZER("lezer", "Leest en exporteert.", EnumSet.of(LEZEN, EXPORTEREN, LEDEN_BEKIJKEN));

    private final String tekst;
    private final String omschrijving;
    private final Set<Recht> rechten;

    Rol(String tekst, String omschrijving, Set<Recht> rechten) {
        this.tekst = tekst;
        this.omschrijving = omschrijving;
        this.rechten = rechten;
    }

    @Override
    public String tekst() {
        return tekst;
    }

    public String omschrijving() {
        return omschrijving;
    }

    public boolean mag(Recht recht) {
        return rechten.contains(recht);
    }
}
