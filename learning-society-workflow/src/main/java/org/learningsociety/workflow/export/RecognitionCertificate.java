package org.learningsociety.workflow.export;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.learningsociety.core.decision.Decision;
import org.learningsociety.core.subject.LearningModel;

/**
 * A recognition decision's certificate (Giấy công nhận) for one subject, as a one-page PDF in
 * DejaVu Sans (shipped in this jar with its licence, so nothing is read from the machine's fonts).
 *
 * @param issuingUnitName the issuing body's unit, e.g. "Xã An Lão" (the body is the decision's)
 * @param subjectName the household, clan, village or unit recognised
 */
public record RecognitionCertificate(Decision decision, String issuingUnitName, String subjectName,
        LearningModel model, Signature signature) {

    private static final String FONTS = "/org/learningsociety/workflow/export/fonts/";

    /** The certificate's lines, top to bottom, as they are printed. */
    public List<String> lines() {
        Locale vi = Locale.forLanguageTag("vi");
        List<String> lines = new ArrayList<>();
        lines.add(decision.issuingBody().ofUnit(issuingUnitName).toUpperCase(vi));
        lines.add("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        lines.add("Độc lập - Tự do - Hạnh phúc");
        lines.add("GIẤY CÔNG NHẬN");
        lines.add("Chủ tịch " + decision.issuingBody().ofUnit(issuingUnitName));
        lines.add("Công nhận: " + subjectName);
        lines.add("Đạt danh hiệu \"" + model.title() + "\" năm " + decision.year());
        lines.add("Theo Quyết định số " + decision.number() + " ngày " + decision.date().getDayOfMonth() + "/"
                + decision.date().getMonthValue() + "/" + decision.date().getYear());
        lines.add(signature.placeAndDate());
        if (signature.onBehalfOf() != null) {
            lines.add(signature.onBehalfOf());
        }
        if (signature.office() != null) {
            lines.add(signature.office());
        }
        lines.add(signature.signer() != null ? signature.signer() : decision.signer());
        return lines;
    }

    public void write(OutputStream out) {
        BaseFont regular = font("DejaVuSans.ttf");
        BaseFont bold = font("DejaVuSans-Bold.ttf");
        Document document = new Document(PageSize.A4.rotate(), 60, 60, 50, 50);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Giấy công nhận " + model.title());
            document.open();
            List<String> lines = lines();
            for (int i = 0; i < lines.size(); i++) {
                boolean title = lines.get(i).equals("GIẤY CÔNG NHẬN");
                boolean strong = i < 4 || title || i >= lines.size() - 3;
                Font font = new Font(strong ? bold : regular, title ? 28 : 14);
                Paragraph paragraph = new Paragraph(lines.get(i), font);
                paragraph.setAlignment(i >= lines.size() - 4 ? Element.ALIGN_RIGHT : Element.ALIGN_CENTER);
                paragraph.setSpacingAfter(title ? 18 : 6);
                document.add(paragraph);
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("Không tạo được Giấy công nhận: " + e.getMessage(), e);
        } finally {
            document.close();
        }
    }

    static BaseFont font(String file) {
        try (InputStream in = RecognitionCertificate.class.getResourceAsStream(FONTS + file)) {
            if (in == null) {
                throw new IllegalStateException("learning-society: font " + file + " is missing from the jar");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
