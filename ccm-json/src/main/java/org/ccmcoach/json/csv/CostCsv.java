package org.ccmcoach.json.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ccmcoach.core.cost.CostBreakdown;
import org.ccmcoach.core.cost.CostLine;
import org.ccmcoach.core.cost.EngagementCost;

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
     * The columns of an amount: {@code currency}, each cost line in lower case, {@code total}.
     *
     * @return the columns, immutable
     */
    public static List<String> amountColumns() {
        List<String> h = new ArrayList<>(List.of("currency"));
        for (CostLine line : CostLine.values()) {
            h.add(line.name().toLowerCase(Locale.ROOT));
        }
        h.add("total");
        return List.copyOf(h);
    }

    /**
     * A breakdown's cells in {@link #amountColumns()} order, amounts as plain decimals.
     *
     * @param cost  the breakdown, not null
     * @return the cells
     */
    public static List<String> amounts(CostBreakdown cost) {
        List<String> r = new ArrayList<>(List.of(cost.currency().getCode()));
        for (CostLine line : CostLine.values()) {
            r.add(cost.line(line).getAmount().toPlainString());
        }
        r.add(cost.total().getAmount().toPlainString());
        return r;
    }

    /**
     * The column names: {@code practice, basis}, then {@link #amountColumns()}.
     *
     * @return the header, immutable
     */
    public static List<String> header() {
        List<String> h = new ArrayList<>(List.of("practice", "basis"));
        h.addAll(amountColumns());
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
            for (String basis : List.of("planned", "delivered")) {
                List<String> row = new ArrayList<>(List.of(c.practice().value(), basis));
                row.addAll(amounts(basis.equals("planned") ? c.planned() : c.delivered()));
                rows.add(row);
            }
        }
        return CsvTable.of(header(), rows);
    }
}
