package fr.mcp.estimate.domain;

import java.math.BigDecimal;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The values a line of an estimate read, in the order they were added, as an immutable map of name to shown text
 * ({@link Exact#show}). The text is made only when the explanation is read: computing an estimate (as the partner
 * types, or for a whole campaign) does not pay for formatting explanations nobody displays.
 */
final class ExplainedValues extends AbstractMap<String, String> {

    private final String[] names;
    private final BigDecimal[] values;
    private final String[] shown;

    private ExplainedValues(String[] names, BigDecimal[] values, String[] shown) {
        this.names = names;
        this.values = values;
        this.shown = shown;
    }

    static ExplainedValues of(String name, BigDecimal value) {
        return new Builder(1).add(name, value).build();
    }

    static ExplainedValues of(String name1, BigDecimal value1, String name2, BigDecimal value2) {
        return new Builder(2).add(name1, value1).add(name2, value2).build();
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public String get(Object key) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(key)) {
                return text(i);
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return Arrays.asList(names).contains(key);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < names.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= names.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(names[i], text(i));
                    }
                };
            }

            @Override
            public int size() {
                return names.length;
            }
        };
    }

    private String text(int i) {
        String text = shown[i];
        if (text == null) {
            text = Exact.show(values[i]);
            shown[i] = text;
        }
        return text;
    }

    /** Collects values in order; a name added again keeps its first place and takes the new value. */
    static final class Builder {

        private String[] names;
        private BigDecimal[] values;
        private int size;

        Builder(int capacity) {
            names = new String[capacity];
            values = new BigDecimal[capacity];
        }

        Builder add(String name, BigDecimal value) {
            for (int i = 0; i < size; i++) {
                if (names[i].equals(name)) {
                    values[i] = value;
                    return this;
                }
            }
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2 + 1);
                values = Arrays.copyOf(values, size * 2 + 1);
            }
            names[size] = name;
            values[size] = value;
            size++;
            return this;
        }

        ExplainedValues build() {
            return new ExplainedValues(Arrays.copyOf(names, size), Arrays.copyOf(values, size), new String[size]);
        }
    }
}
