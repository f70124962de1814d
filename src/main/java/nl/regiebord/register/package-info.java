/**
 * The register kit: what the risk register (ch. 4) and the stakeholder register (ch. 5) share. An entry that is
 * deleted only by a mark and can be restored ({@link nl.regiebord.register.Registeritem},
 * {@link nl.regiebord.register.Prullenbak}); the append-only stand table from which the register of an earlier
 * moment is rebuilt ({@link nl.regiebord.register.Registerstand}, {@link nl.regiebord.register.Standen}); the
 * meeting that reviews the register and is frozen with it ({@link nl.regiebord.register.Registerreview}); and the
 * grid ({@link nl.regiebord.register.Raster}). Each feature keeps its own rules: score and kwalificatie for risks,
 * the quadrant for stakeholders.
 */
package nl.regiebord.register;
