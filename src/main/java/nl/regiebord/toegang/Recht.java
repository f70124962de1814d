package nl.regiebord.toegang;

/** What a user may do. Which role holds which right is decided in {@link Rol} alone. */
public enum Recht {
    /** See the plan and everything in it, its history and activity. */
    LEZEN,
    EXPORTEREN,
    ACTIES_WIJZIGEN,
    KAARTEN_WIJZIGEN,
    RISICOS_WIJZIGEN,
    STAKEHOLDERS_WIJZIGEN,
    RISICOREVIEW_VASTLEGGEN,
    /** Freeze a stuurgroep meeting with its decisions; its actiepunten become own actions of the plan. */
    VERGADERING_VASTLEGGEN,
    /** Name, gemeenten, inwerkingtreding, uitvoering and the plan's settings (review cadence). */
    PLAN_WIJZIGEN,
    /** See who is a member, with which role. A beheerder holds this on every plan. */
    LEDEN_BEKIJKEN,
    /** Who is a member of the plan, with which role. A beheerder holds this on every plan. */
    LEDEN_BEHEREN,
    /** Installation-wide, for beheerders: users, new plans and backups. Not tied to a plan. */
    GEBRUIKERS_BEHEREN,
    PLANNEN_AANMAKEN,
    BACKUP_MAKEN;

    /** Rights a beheerder holds on every plan, member or not: they name the projectmanager of a new plan. */
    public boolean isVoorBeheerder() {
        return this == LEDEN_BEKIJKEN || this == LEDEN_BEHEREN;
    }

    public boolean isAlgemeen() {
        return this == GEBRUIKERS_BEHEREN || this == PLANNEN_AANMAKEN || this == BACKUP_MAKEN;
    }
}
