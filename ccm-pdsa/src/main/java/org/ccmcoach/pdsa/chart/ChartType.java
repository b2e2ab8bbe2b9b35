package org.ccmcoach.pdsa.chart;

/**
 * The Shewhart control charts, with their centre lines and limits as qicharts2 computes them.
 *
 * <pre>{@code
 * ChartType.P.description();   // "proportions: p̄ ± 3·√(p̄(1 − p̄)/nᵢ), clipped to [0, 1]"
 * }</pre>
 */
public enum ChartType {
    /** Individuals: mean ± 3·MR̄/1.128. */
    I("individuals: mean ± 3·MR̄/1.128"),
    /** Moving ranges: MR̄, upper limit 3.267·MR̄. */
    MR("moving ranges: MR̄, upper limit 3.267·MR̄"),
    /** Proportions. */
    P("proportions: p̄ ± 3·√(p̄(1 − p̄)/nᵢ), clipped to [0, 1]"),
    /** Rates per unit of exposure. */
    U("rates: ū ± 3·√(ū/nᵢ), lower limit at least 0"),
    /** Counts in equal opportunity. */
    C("counts: c̄ ± 3·√c̄, lower limit at least 0"),
    /** Laney's proportions, for large subgroups: p's sigma times the moving-range sigma of the z-scores. */
    P_PRIME("Laney proportions: p̄ ± 3·σᵢ·σz"),
    /** Laney's rates, for large exposures. */
    U_PRIME("Laney rates: ū ± 3·σᵢ·σz");

    private final String description;

    ChartType(String description) {
        this.description = description;
    }

    /** {@return how the chart's centre line and limits are computed} */
    public String description() {
        return description;
    }
}
