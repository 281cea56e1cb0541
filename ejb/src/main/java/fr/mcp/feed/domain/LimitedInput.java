package fr.mcp.feed.domain;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads at most a number of bytes, then refuses the file: a 100 MB upload is stopped at the limit, never stored whole. */
final class LimitedInput extends FilterInputStream {

    private final long max;
    private long read;

    LimitedInput(InputStream in, long max) {
        super(in);
        this.max = max;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > max) {
            throw new ImportFileRefused("Le fichier dépasse la taille maximale de " + (max / (1024 * 1024))
                    + " Mo : découpez-le en plusieurs imports.");
        }
    }
}
