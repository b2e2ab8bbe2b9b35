package org.ccmcoach.assessment.comparison;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccmcoach.assessment.SubjectId;
import org.ccmcoach.core.value.Invariants;
import org.ccmcoach.core.value.Problem;
import org.ccmcoach.core.value.PropertyPath;

/**
 * How a comparison's subjects were grouped into clusters (teams within clinics) and analysed at the
 * cluster level: each cluster's mean is one observation, each cluster weighted equally.
 *
 * <pre>{@code
 * PairedComparison c = PairedComparison.ofClusters(base, follow, "overall", "clinic", clinicOf);
 * c.clustering().get().toString();   // "analysed by clinic: 2 clinics of 9 subjects (c1: 5, c2: 4), each weighted equally"
 * }</pre>
 *
 * @param unit  what a cluster is, such as {@code "clinic"}
 * @param sizes  the subjects compared in each cluster, in first-seen order
 */
public record Clustering(String unit, Map<String, Integer> sizes) {

    /**
     * Checks and copies.
     *
     * @param unit  what a cluster is, not blank
     * @param sizes  the subjects compared in each cluster, each at least 1
     */
    public Clustering {
        Objects.requireNonNull(unit, "unit");
        sizes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sizes));
        Invariants invariants = Invariants.of(Clustering.class)
                .require(!unit.isBlank(), "unit", "must name what a cluster is, such as \"clinic\"", unit);
        sizes.forEach((k, v) -> {
            if (v < 1) {
                invariants.add(Problem.of("Clustering", PropertyPath.of("sizes").at(k), "must be at least 1", v));
            }
        });
        invariants.check();
    }

    /** The members (indices into the subjects) of each cluster, in first-seen order. */
    static Map<String, List<Integer>> group(List<SubjectId> subjects, String unit,
                                            Function<SubjectId, String> clusterOf) {
        Objects.requireNonNull(clusterOf, "clusterOf");
        Map<String, List<Integer>> byCluster = new LinkedHashMap<>();
        for (int i = 0; i < subjects.size(); i++) {
            String cluster = clusterOf.apply(subjects.get(i));
            if (cluster == null || cluster.isBlank()) {
                throw new IllegalArgumentException(subjects.get(i) + " has no " + unit + "; every subject compared needs one");
            }
            byCluster.computeIfAbsent(cluster, k -> new ArrayList<>()).add(i);
        }
        if (byCluster.size() < 2) {
            throw new IllegalArgumentException("a comparison at the " + unit + " level needs at least 2 " + unit
                    + "s (has " + byCluster.size() + ")");
        }
        return byCluster;
    }

    static Clustering of(String unit, Map<String, List<Integer>> byCluster) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        byCluster.forEach((k, v) -> sizes.put(k, v.size()));
        return new Clustering(unit, sizes);
    }

    /** {@return the number of clusters} */
    public int clusters() {
        return sizes.size();
    }

    /**
     * The number of subjects in all clusters.
     *
     * @return the number of subjects
     */
    public int subjects() {
        return sizes.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Returns {@code analysed by clinic: 2 clinics of 9 subjects (c1: 5, c2: 4), each weighted equally}.
     *
     * @return the clustering in words
     */
    @Override
    public String toString() {
        return "analysed by " + unit + ": " + clusters() + " " + unit + "s of " + subjects() + " subjects ("
                + sizes.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", "))
                + "), each weighted equally";
    }
}
