package nl.regiebord.projectkaart;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.regiebord.opslag.Rij;
import nl.regiebord.plan.Plan;

/**
 * A projectkaart (ch. 3) of one theme of a plan, in the model's four steps: implementatie (who), omschrijving
 * (why, what, how, risks, investment), mijlpalen, and verandering. A theme may have several. Deleting only marks
 * it, so it can be restored.
 */
@Entity
@Table(name = "projectkaart")
@SequenceGenerator(sequenceName = "projectkaart_seq")
public class Projectkaart extends Rij {

    public static final int MAX_TITEL = 200;
    public static final int MAX_NAAM = 200;
    public static final int MAX_TEKST = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    /** The theme key of the model, as the plan's actions carry it. */
    public String thema;
    public String titel;

    public String projectmanager;
    public Long projectmanagerId;
    public String projectleider;
    public Long projectleiderId;

    @Column(length = MAX_TEKST)
    public String aanleiding;
    @Column(length = MAX_TEKST)
    public String doel;
    public boolean specifiek;
    public boolean meetbaar;
    public boolean acceptabel;
    public boolean realistisch;
    public boolean tijdgebonden;
    @Column(length = MAX_TEKST)
    public String aanpak;
    @Column(length = MAX_TEKST)
    public String risicosEnVoorwaarden;
    @Column(length = MAX_TEKST)
    public String investering;
    @Column(precision = 14, scale = 2)
    public BigDecimal investeringBedrag;

    @Column(length = MAX_TEKST)
    public String inzetten;
    @Column(length = MAX_TEKST)
    public String informeren;
    @Column(length = MAX_TEKST)
    public String verbeteren;
    @Column(length = MAX_TEKST)
    public String betrekken;
    @Column(length = MAX_TEKST)
    public String borgen;

    @OneToMany(mappedBy = "kaart", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("volgorde, id")
    public List<Mijlpaal> mijlpalen = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "projectkaart_risico", joinColumns = @JoinColumn(name = "projectkaart_id"))
    @Column(name = "risico_id")
    public Set<Long> risicoIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "projectkaart_actie", joinColumns = @JoinColumn(name = "projectkaart_id"))
    @Column(name = "actie_id")
    public Set<Long> actieIds = new LinkedHashSet<>();

    public boolean verwijderd;
    public Instant aangemaakt;

    @Version
    public long version;

    /** The SMART criteria ticked for the doel, in the order S, M, A, R, T. */
    public Set<Smart> smart() {
        Set<Smart> aangevinkt = EnumSet.noneOf(Smart.class);
        if (specifiek) aangevinkt.add(Smart.SPECIFIEK);
        if (meetbaar) aangevinkt.add(Smart.MEETBAAR);
        if (acceptabel) aangevinkt.add(Smart.ACCEPTABEL);
        if (realistisch) aangevinkt.add(Smart.REALISTISCH);
        if (tijdgebonden) aangevinkt.add(Smart.TIJDGEBONDEN);
        return aangevinkt;
    }

    public void smart(Set<Smart> aangevinkt) {
        specifiek = aangevinkt.contains(Smart.SPECIFIEK);
        meetbaar = aangevinkt.contains(Smart.MEETBAAR);
        acceptabel = aangevinkt.contains(Smart.ACCEPTABEL);
        realistisch = aangevinkt.contains(Smart.REALISTISCH);
        tijdgebonden = aangevinkt.contains(Smart.TIJDGEBONDEN);
    }

    public Volledigheid volledigheid() {
        return Volledigheid.van(this);
    }

    /** The plan's cards, the deleted ones or the others, by id. */
    static List<Projectkaart> vanPlan(Plan plan, boolean verwijderd) {
        return list("plan = ?1 and verwijderd = ?2 order by id", plan, verwijderd);
    }

    /** The titles of these project cards, by id, in one query. */
    public static java.util.Map<Long, String> titels(java.util.Collection<Long> ids) {
        return getEntityManager()
                .createQuery("select k.id, k.titel from Projectkaart k where k.id in ?1", Object[].class)
                .setParameter(1, ids).getResultStream()
                .collect(java.util.HashMap::new, (namen, r) -> namen.put((Long) r[0], (String) r[1]),
                        java.util.Map::putAll);
    }
}
