package org.ccmcoach.json.coaching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ccmcoach.core.cost.CostBreakdown;
import org.ccmcoach.core.cost.CostLine;
import org.ccmcoach.core.cost.EngagementCost;
import org.ccmcoach.json.CsvTable;

/**
 * Engagement costs as a CSV table: two rows per practice, planned and delivered, one column per
 * {@link CostLine} and the total.
 *
 * <pre>{@code
 * CostCsv.table(costs).write(Path.of("engagement-costs.csv"));
 * }</pre>
 */
public final class CostCsv {

    private CostCsv() {
    }

    /**
     * The column names: {@code practice, basis, currency}, each cost line in lower case, {@code total}.
     *
     * @return the header, immutable
     */
    public static List<String> header() {
        List<String> h = new ArrayList<>(List.of("practice", "basis", "currency"));
        for (CostLine line : CostLine.values()) {
            h.add(line.name().toLowerCase(Locale.ROOT));
        }
        h.add("total");
        return List.copyOf(h);
    }

    /**
     * Lays out engagement costs.
     *
     * @param costs  the costs, not null
     * @return the table
     */
    public static CsvTable table(List<EngagementCost> costs) {
        List<List<String>> rows = new ArrayList<>();
        for (EngagementCost c : costs) {
            rows.add(row(c.practice().value(), "planned", c.planned()));
            rows.add(row(c.practice().value(), "delivered", c.delivered()));
        }
        return CsvTable.of(header(), rows);
    }

    /**
     * One row of a breakdown.
     *
     * @param subject  what it is the cost of
     * @param basis  planned, delivered, first year …
     * @param cost  the breakdown
     * @return the cells, in {@link #header()} order
     */
    public static List<String> row(String subject, String basis, CostBreakdown cost) {
        List<String> r = new ArrayList<>(List.of(subject, basis, cost.currency().getCode()));
        for (CostLine line : CostLine.values()) {
            r.add(cost.line(line).getAmount().toPlainString());
        }
        r.add(cost.total().getAmount().toPlainString());
        return r;
    }
}
