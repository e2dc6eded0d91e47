package vn.xdd.document.model;

/**
 * The signature block at the bottom right, with the Party's slash forms (never the state's TM., KT.).
 *
 * @param authority e.g. T/M BAN THƯỜNG VỤ, T/M ĐẢNG ỦY, T/M CHI BỘ
 * @param signerTitle e.g. BÍ THƯ, K/T BÍ THƯ then PHÓ BÍ THƯ on the next line (use a newline)
 * @param signerName the signer's full name, printed under the space for signature and seal
 */
public record SignatureBlock(String authority, String signerTitle, String signerName) {
}
