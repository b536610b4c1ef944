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
        this.index = Map.copyOf(index);
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
        Map<Integer, Integer> tf = new HashMap<>();
        for (String f : features) {
            Integer i = index.get(f);
            if (i != null) {
                tf.merge(i, 1, Integer::sum);
            }
        }
        int[] ids = tf.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        Feature[] x = new Feature[ids.length + 1];
        double norm = 0;
        double[] values = new double[ids.length];
        for (int k = 0; k < ids.length; k++) {
            values[k] = (1 + Math.log(tf.get(ids[k]))) * idf[ids[k]];
            norm += values[k] * values[k];
        }
        norm = norm == 0 ? 1 : Math.sqrt(norm);
        for (int k = 0; k < ids.length; k++) {
            x[k] = new FeatureNode(ids[k], values[k] / norm);
        }
        x[ids.length] = new FeatureNode(index.size() + 1, 1.0); // the bias
        return x;
    }
}
