package cn.cmcc.ah.gca.events.sla;

import cn.cmcc.ah.gca.events.MayBeAbsent;

/**
 * The State Council notice a year of the working-day calendar is typed from, e.g.
 * 国务院办公厅关于2026年部分节假日安排的通知, 国办发明电〔2025〕7号, 2025-11-04.
 *
 * @param title       the notice's title
 * @param number      its document number (发文字号); absent when the loader did not give it (holiday-cn files name
 *                    only the notice's address)
 * @param publishedOn the date of the notice, ISO-8601 ({@code 2025-11-04}); absent when not given
 * @param url         where the notice is published; absent when not given
 */
public record CalendarNotice(
        String title,
        @MayBeAbsent String number,
        @MayBeAbsent String publishedOn,
        @MayBeAbsent String url) {
}
