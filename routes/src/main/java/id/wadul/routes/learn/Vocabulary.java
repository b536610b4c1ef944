package id.wadul.routes.learn;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the features seen in training (1, 2, ... as LIBLINEAR wants them) with their inverse document
 * frequency, and turns a text's features into a TF-IDF vector of unit length. Features never seen in training are
 * left out. Built once per training; read-only afterwards, so it is shared by threads.
 */
final class Vocabulary {

    private final Map<String, Integer> index;
    private final double[] idf;

    Vocabulary(Map<String, Integer> index, double[] idf) {
        this.index = new HashMap<>(index); // never changed after: HashMap looks up faster than Map.copyOf's
        this.idf = idf.clone();
    }

    /**
     * The features of the documents, those in at least {@code minDocuments} of them, in the order first seen.
     * IDF is {@code ln((1 + n) / (1 + df)) + 1}, as scikit-learn's smoothed TF-IDF.
     */
    static Vocabulary build(List<List<String>> documents, int minDocuments) {
        Map<String, Integer> df = new LinkedHashMap<>();
        for (List<String> doc : documents) {
            doc.stream().distinct().forEach(f -> df.merge(f, 1, Integer::sum));
        }
        Map<String, Integer> index = new HashMap<>();
        double[] idf = new double[df.size() + 1];
        int n = documents.size();
        for (Map.Entry<String, Integer> e : df.entrySet()) {
            if (e.getValue() >= minDocuments) {
                int i = index.size() + 1;
                index.put(e.getKey(), i);
                idf[i] = Math.log((1.0 + n) / (1.0 + e.getValue())) + 1;
            }
        }
        return new Vocabulary(index, Arrays.copyOf(idf, index.size() + 1));
    }

    /** Number of features (the highest index). */
    int size() {
        return index.size();
    }

    /** The feature names by index (index 0 unused), for saving. */
    String[] names() {
        String[] names = new String[index.size() + 1];
        index.forEach((name, i) -> names[i] = name);
        return names;
    }

    double idf(int i) {
        return idf[i];
    }

    /** The unit-length TF-IDF vector of the features (log-scaled term frequency), plus LIBLINEAR's bias term. */
    Feature[] vector(List<String> features) {
        int[] ids = new int[features.size()];
        int count = 0;
        for (String f : features) {
            Integer i = index.get(f);
            if (i != null) {
                ids[count++] = i;
            }
        }
        Arrays.sort(ids, 0, count);
        int distinct = 0;
        double[] values = new double[count];
        double norm = 0;
        for (int k = 0; k < count; ) {
            int end = k;
            while (end < count && ids[end] == ids[k]) {
                end++;
            }
            ids[distinct] = ids[k];
            values[distinct] = (1 + Math.log(end - k)) * idf[ids[k]];
            norm += values[distinct] * values[distinct];
            distinct++;
            k = end;
        }
        norm = norm == 0 ? 1 : Math.sqrt(norm);
        Feature[] x = new Feature[distinct + 1];
        for (int k = 0; k < distinct; k++) {
            x[k] = new FeatureNode(ids[k], values[k] / norm);
        }
        x[distinct] = new FeatureNode(index.size() + 1, 1.0); // the bias
        return x;
    }
}
