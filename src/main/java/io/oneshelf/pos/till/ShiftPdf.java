package io.oneshelf.pos.till;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.oneshelf.platform.Message;
import io.oneshelf.pos.till.ShiftViews.ShiftReport;
import io.oneshelf.pos.till.ShiftViews.TenderTotal;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A shift report as a one-page PDF to print or keep. Chinese is written in Adobe's standard CJK font STSong-Light
 * with the UniGB-UCS2-H CMap: OpenPDF carries the CMap, the font is not embedded (every PDF reader has it or a
 * substitute), so nothing is fetched or bundled and the file stays a few KB.
 */
@Component
class ShiftPdf {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    byte[] render(ShiftReport r, ZoneId zone, Locale language) {
        boolean zh = Locale.SIMPLIFIED_CHINESE.getLanguage().equals(language.getLanguage());
        try {
            BaseFont base = BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
            Font text = new Font(base, 10);
            Font title = new Font(base, 14, Font.BOLD);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Document doc = new Document(PageSize.A5, 28, 28, 28, 28);
            PdfWriter.getInstance(doc, out);
            doc.open();
            doc.add(new Paragraph((zh ? "班次报表 " : "Shift report ") + r.tillName() + " · " + r.storeName(), title));
            doc.add(new Paragraph((zh ? "收银员：" : "Cashier: ") + r.staffName(), text));
            doc.add(new Paragraph((zh ? "开班：" : "Opened: ") + TIME.format(r.openedAt().atZoneSameInstant(zone))
                    + (r.closedAt() == null ? "" : (zh ? "  交班：" : "  Closed: ")
                    + TIME.format(r.closedAt().atZoneSameInstant(zone))), text));
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            row(table, text, zh ? "销售笔数" : "Sales", Long.toString(r.salesCount()));
            row(table, text, zh ? "退货笔数" : "Returns", Long.toString(r.returnsCount()));
            row(table, text, zh ? "销售额" : "Sales amount", Message.yuan(r.salesFen()));
            row(table, text, zh ? "退款额" : "Refunds", Message.yuan(r.refundsFen()));
            for (TenderTotal t : r.tenders()) {
                row(table, text, tender(t.tender().name(), zh), Message.yuan(t.netFen()));
            }
            row(table, text, zh ? "备用金" : "Float", Message.yuan(r.floatFen()));
            row(table, text, zh ? "应有现金" : "Expected cash", Message.yuan(r.expectedCashFen()));
            row(table, text, zh ? "实点现金" : "Counted cash",
                    r.countedCashFen() == null ? "—" : Message.yuan(r.countedCashFen()));
            row(table, text, zh ? "长短款" : "Over/short",
                    r.overShortFen() == null ? "—" : Message.yuan(r.overShortFen()));
            doc.add(table);
            if (r.note() != null) {
                doc.add(new Paragraph((zh ? "备注：" : "Note: ") + r.note(), text));
            }
            doc.close();
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String tender(String tender, boolean zh) {
        if (!zh) {
            return tender;
        }
        return switch (tender) {
            case "CASH" -> "现金";
            case "CARD" -> "银行卡";
            case "WECHAT_PAY" -> "微信支付";
            case "WALLET" -> "储值";
            case "POINTS" -> "积分";
            default -> tender;
        };
    }

    private static void row(PdfPTable table, Font font, String label, String value) {
        table.addCell(new PdfPCell(new Paragraph(label, font)));
        PdfPCell right = new PdfPCell(new Paragraph(value, font));
        right.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(right);
    }
}
