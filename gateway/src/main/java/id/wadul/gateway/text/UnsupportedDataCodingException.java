package id.wadul.gateway.text;

/** A data_coding whose text we cannot (or will not) decode, such as 8-bit binary data. */
public class UnsupportedDataCodingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int dataCoding;

    public UnsupportedDataCodingException(int dataCoding) {
        super(String.format("unsupported data_coding 0x%02X", dataCoding));
        this.dataCoding = dataCoding;
    }

    public int dataCoding() {
        return dataCoding;
    }
}
