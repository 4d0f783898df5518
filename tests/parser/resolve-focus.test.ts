import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/parser/index.ts';

const values = (text: string, published: string) =>
  parseArticle(`Headline\n\n${text}`, { published }).timexes.map((t) => [t.text, t.value]);

describe('the quarter a business story reports on', () => {
  it('is the last ended quarter the story names, and "a year earlier" is that quarter before', () => {
    expect(
      values(
        'Net income rose in the third quarter. The quarter was strong; a year earlier it was not.',
        '1989-11-01',
      ),
    ).toEqual([
      ['the third quarter', '1989-Q3'],
      ['The quarter', '1989-Q3'],
      ['a year earlier', '1988-Q3'],
    ]);
  });

  it('is not a quarter still to come ("fourth-quarter results" in October)', () => {
    expect(
      values(
        'Analysts weighed the storm on fourth-quarter results.\n\nIn the latest quarter, the firm lost money, against a profit a year earlier.',
        '1989-10-30',
      ),
    ).toEqual([
      ['fourth-quarter', '1989-Q4'],
      ['the latest quarter', '1989-Q3'],
      ['a year earlier', '1988-Q3'],
    ]);
  });
});

describe('the same period a year before', () => {
  it('is one expression, the quarter in question a year before, not a quarter a span runs since', () => {
    expect(
      values(
        'Profit rose in the second quarter, its best since the third quarter of 2022, after a loss in the same period last year.',
        '2024-07-31',
      ),
    ).toEqual([
      ['the second quarter', '2024-Q2'],
      ['the third quarter of 2022', '2022-Q3'],
      ['the same period last year', '2023-Q2'],
    ]);
  });
});

describe('a clock time without a day', () => {
  it('is on the day the story last named, in the week of publication', () => {
    expect(
      values(
        'The fire spread on Tuesday. It broke out shortly before 11 a.m. near the lake.',
        '2025-01-22',
      ),
    ).toEqual([
      ['Tuesday', '2025-01-21'],
      ['11 a.m.', '2025-01-21T11:00'],
    ]);
  });

  it('is not on a day named in an aside ("The attacker, identified on Sunday as ..., moved ... before 4 p.m.")', () => {
    expect(
      values(
        'A man stabbed six people on Saturday afternoon. The attacker, identified on Sunday as Joel Cauchi, moved through the mall shortly before 4 p.m.',
        '2024-04-14',
      ),
    ).toEqual([
      ['Saturday afternoon', '2024-04-13TAF'],
      ['Sunday', '2024-04-14'],
      ['4 p.m.', '2024-04-13T16:00'],
    ]);
  });

  it('is on the day the story last named for "midday" too', () => {
    expect(
      values('A quake struck on Friday. It hit at midday near the city.', '2025-03-29'),
    ).toEqual([
      ['Friday', '2025-03-28'],
      ['midday', '2025-03-28T12:00'],
    ]);
  });

  it('is a part of that day too ("in the afternoon", "during the night"), not "the morning of" another', () => {
    expect(
      values(
        'The leaders met on Friday. They signed the declaration in the afternoon, and rain fell during the night. The quake struck on the morning of July 4.',
        '2018-04-28',
      ),
    ).toEqual([
      ['Friday', '2018-04-27'],
      ['the afternoon', '2018-04-27TAF'],
      ['the night', '2018-04-27TNI'],
      ['the morning of July 4', '2017-07-04TMO'],
    ]);
    expect(values('Talks ended in the night.', '2018-04-28')).toEqual([]);
    expect(values('It hit during the morning rush hour.', '2018-04-28')).toEqual([]);
  });

  it('is "that day" too ("Later that day, they withdrew")', () => {
    expect(
      values('Troops moved in on Monday. Later that day, they withdrew.', '2018-01-10'),
    ).toEqual([
      ['Monday', '2018-01-08'],
      ['that day', '2018-01-08'],
    ]);
  });

  it('is "the same day" too ("will convene on Oct. 1 ... name his cabinet the same day")', () => {
    expect(
      values(
        'Parliament will convene on Oct. 1, and he will name his cabinet the same day.',
        '2024-09-27',
      ),
    ).toEqual([
      ['Oct. 1', '2024-10-01'],
      ['the same day', '2024-10-01'],
    ]);
  });

  it('is a part of "that day" too ("late that night")', () => {
    expect(
      values(
        'The storm made landfall on Sunday, and the dams collapsed late that night.',
        '2023-09-12',
      ),
    ).toEqual([
      ['Sunday', '2023-09-10'],
      ['that night', '2023-09-10TNI'],
    ]);
  });

  it('is the end of the day named last for midnight ("late Tuesday ... before midnight"), not after it', () => {
    expect(
      values(
        'The trains collided late Tuesday. They crashed shortly before midnight.',
        '2023-03-02',
      ),
    ).toEqual([
      ['late Tuesday', '2023-02-28'],
      ['midnight', '2023-02-28T24:00'],
    ]);
    expect(
      values(
        'The quake struck late on Tuesday. Power returned shortly after midnight.',
        '2023-03-02',
      ),
    ).toEqual([
      ['Tuesday', '2023-02-28'],
      ['midnight', '2023-03-01T00:00'],
    ]);
  });

  it('is not the day a count was updated for a clock time ("the toll rose above 5,000 on Tuesday. The quake hit at 4:17 a.m.")', () => {
    expect(
      values(
        'The death toll from an earthquake that struck on Monday rose above 5,000 on Tuesday. The quake hit at 4:17 a.m.',
        '2023-02-07',
      ),
    ).toEqual([
      ['Monday', '2023-02-06'],
      ['Tuesday', '2023-02-07'],
      ['4:17 a.m.', '2023-02-06T04:17'],
    ]);
  });

  it('is not the day a toll was confirmed ("413 people were confirmed dead and 784 missing on Saturday. The quake hit at 2:46 p.m.")', () => {
    expect(
      values(
        'An earthquake struck on Friday afternoon. Police said 413 people were confirmed dead and 784 missing on Saturday. The quake hit at 2:46 p.m.',
        '2011-03-12',
      ),
    ).toEqual([
      ['Friday afternoon', '2011-03-11TAF'],
      ['Saturday', '2011-03-12'],
      ['2:46 p.m.', '2011-03-11T14:46'],
    ]);
  });

  it('is the end of the day of publication for a midnight still to come, past a curfew that runs to the small hours', () => {
    expect(values('Naruhito will ascend the throne at midnight.', '2019-04-30')).toEqual([
      ['midnight', '2019-04-30T24:00'],
    ]);
    expect(
      values(
        'A curfew was imposed from 8 p.m. to 4 a.m. The president will declare a state of emergency from midnight.',
        '2019-04-22',
      ),
    ).toEqual([
      ['8 p.m.', '2019-04-22T20:00'],
      ['4 a.m.', '2019-04-23T04:00'],
      ['midnight', '2019-04-22T24:00'],
    ]);
    // (A day a quotation names is the speaker's, not one the story goes on in.)
    expect(
      values(
        'The emperor abdicated on Tuesday.\n\n"The era that begins tomorrow will be stable," he said.\n\nHis son will ascend the throne at midnight.',
        '2019-04-30',
      ).at(-1),
    ).toEqual(['midnight', '2019-04-30T24:00']);
    // (So does one a measure told in the past starts from: "announced similar measures,
    // starting at midnight".)
    expect(
      values(
        'Officials halted trains on Thursday. Hours later, a nearby city announced similar measures, starting at midnight.',
        '2020-01-23',
      ).at(-1),
    ).toEqual(['midnight', '2020-01-23T24:00']);
    // (And one the day's last deed came before: "declared the Games open shortly before
    // midnight", told that day.)
    expect(
      values(
        'The Games opened on Friday. The emperor declared them open shortly before midnight.',
        '2021-07-23',
      ).at(-1),
    ).toEqual(['midnight', '2021-07-23T24:00']);
    // (A span written with "through" ends the same way.)
    expect(
      values(
        'A curfew ran from 8 p.m. through 4 a.m. The president will declare an emergency from midnight.',
        '2019-04-22',
      ).at(-1),
    ).toEqual(['midnight', '2019-04-22T24:00']);
  });

  it('opens the day after the one named last for "after midnight", late or not ("won on Tuesday ... conceded shortly after midnight")', () => {
    expect(
      values(
        'Lee won the election on Tuesday. His rival conceded defeat shortly after midnight.',
        '2025-06-04',
      ),
    ).toEqual([
      ['Tuesday', '2025-06-03'],
      ['midnight', '2025-06-04T00:00'],
    ]);
  });

  it('moves the end of a span of clock times with its start ("hit on Wednesday ... a curfew from 6 p.m. to 6 a.m.")', () => {
    expect(
      values(
        'The storm hit on Wednesday. The governor imposed a curfew from 6 p.m. to 6 a.m.',
        '2017-09-21',
      ),
    ).toEqual([
      ['Wednesday', '2017-09-20'],
      ['6 p.m.', '2017-09-20T18:00'],
      ['6 a.m.', '2017-09-21T06:00'],
    ]);
  });

  it('follows a day weeks before the news that a clause is told on, not one the story looks back to ("on the night of Dec. 3 ... at 4:30 a.m.")', () => {
    expect(
      values(
        'A first vote failed on Dec. 7. The president declared martial law on the night of Dec. 3. Lawmakers voted it down, and he lifted the order at about 4:30 a.m.',
        '2024-12-14',
      ),
    ).toEqual([
      ['Dec. 7', '2024-12-07'],
      ['the night of Dec. 3', '2024-12-03TNI'],
      ['4:30 a.m.', '2024-12-04T04:30'],
    ]);
    expect(
      values(
        'A first vote failed on Dec. 7. It was the first test since Nov. 20, when a missile flew. State television read the statement at noon.',
        '2024-12-14',
      ),
    ).toEqual([
      ['Dec. 7', '2024-12-07'],
      ['Nov. 20', '2024-11-20'],
      ['noon', '2024-12-07T12:00'],
    ]);
  });

  it('is on the next day in the small hours after a day named at its end ("late on Tuesday")', () => {
    expect(
      values(
        'The president declared martial law late on Tuesday. Lawmakers voted shortly after 1 a.m. to lift it, and at 11 a.m. he resigned.',
        '2024-12-05',
      ),
    ).toEqual([
      ['Tuesday', '2024-12-03'],
      ['1 a.m.', '2024-12-04T01:00'],
      ['11 a.m.', '2024-12-04T11:00'],
    ]);
    expect(
      values(
        'The president declared martial law on Tuesday. Lawmakers voted at 1 a.m.',
        '2024-12-05',
      ),
    ).toEqual([
      ['Tuesday', '2024-12-03'],
      ['1 a.m.', '2024-12-03T01:00'],
    ]);
  });

  it('is on the next day in the morning told after an evening ("left on Tuesday evening ... at 8:58 a.m."), unless the clause looks back', () => {
    expect(
      values(
        'The ferry left port on Tuesday evening and sent a distress call at about 8:58 a.m.',
        '2014-04-16',
      ),
    ).toEqual([
      ['Tuesday evening', '2014-04-15TEV'],
      ['8:58 a.m.', '2014-04-16T08:58'],
    ]);
    expect(
      values('The ferry left port on Tuesday evening. It had loaded cars at 9 a.m.', '2014-04-16'),
    ).toEqual([
      ['Tuesday evening', '2014-04-15TEV'],
      ['9 a.m.', '2014-04-15T09:00'],
    ]);
  });

  it('is on the day named last where the clause says where with "next to", which looks ahead to nothing', () => {
    expect(
      values(
        'A truck ploughed into a market on Monday evening. It drove through the stalls next to the church at 8:14 p.m.',
        '2016-12-20',
      ),
    ).toEqual([
      ['Monday evening', '2016-12-19TEV'],
      ['8:14 p.m.', '2016-12-19T20:14'],
    ]);
  });

  it('is on the next day in the small hours after a late-night occurrence named by its day', () => {
    expect(
      values(
        'Yoon announced martial law in a late-night televised address on Tuesday. Shortly after 1 a.m., lawmakers voted to lift it.',
        '2024-12-04',
      ),
    ).toEqual([
      ['Tuesday', '2024-12-03'],
      ['1 a.m.', '2024-12-04T01:00'],
    ]);
  });

  it('is not on the day of a feast that only names a kind of thing ("a large Halloween crowd")', () => {
    expect(
      values(
        'A crowd surged into an alley on Saturday night, officials said on Sunday. It was the first Halloween festivities in three years. The first calls came in at 10:24 p.m.',
        '2022-10-30',
      ),
    ).toEqual([
      ['Saturday night', '2022-10-29TNI'],
      ['Sunday', '2022-10-30'],
      ['Halloween', '2022-10-31'],
      ['three years', 'P3Y'],
      ['10:24 p.m.', '2022-10-29T22:24'],
    ]);
  });

  it('is not on the day a clock converted to GMT in brackets names ("1:30 a.m. local time (1730 GMT Friday)")', () => {
    expect(
      values(
        'The plane lost contact at 1:30 a.m. local time (1730 GMT Friday). It had been due to land at 6:30 a.m.',
        '2014-03-08',
      ),
    ).toEqual([
      ['1:30 a.m.', '2014-03-08T01:30'],
      ['1730 GMT Friday', '2014-03-07T17:30'],
      ['6:30 a.m.', '2014-03-08T06:30'],
    ]);
  });

  it('is on the next day in the small hours after an evening clock time ("10:30 p.m. on Tuesday")', () => {
    expect(
      values(
        'He announced the decree at about 10:30 p.m. on Tuesday. Shortly after 1 a.m., lawmakers voted to lift it.',
        '2024-12-04',
      ),
    ).toEqual([
      ['10:30 p.m. on Tuesday', '2024-12-03T22:30'],
      ['1 a.m.', '2024-12-04T01:00'],
    ]);
  });

  it('is not on the day the news is measured from ("a day after he appeared on Sunday")', () => {
    expect(
      values(
        'The pope died on Monday, less than a day after he appeared in the square on Easter Sunday. A cardinal announced the death at 9:45 a.m.',
        '2025-04-21',
      ),
    ).toContainEqual(['9:45 a.m.', '2025-04-21T09:45']);
    // (A short capitalised word's point ends no clause: "in St. Peter's Square".)
    expect(
      values(
        "The pope died on Monday, less than a day after he appeared in St. Peter's Square on Easter Sunday. A cardinal announced the death at 9:45 a.m.",
        '2025-04-21',
      ),
    ).toContainEqual(['9:45 a.m.', '2025-04-21T09:45']);
  });

  it('is not on the day of a telling ("authorities said on Tuesday")', () => {
    expect(
      values(
        'A quake struck late on Monday, authorities said on Tuesday. It hit at 11:15 p.m. offshore.',
        '2025-12-09',
      ),
    ).toEqual([
      ['Monday', '2025-12-08'],
      ['Tuesday', '2025-12-09'],
      ['11:15 p.m.', '2025-12-08T23:15'],
    ]);
  });

  it('is on the day named right after it ("7:35 this morning"), not the day named before', () => {
    expect(
      values(
        'He blessed the crowds on Easter Sunday. "At 7:35 this morning, the bishop died," he said.',
        '2025-04-21',
      ),
    ).toEqual([
      ['Easter Sunday', '2025-04-20'],
      ['7:35', '2025-04-21T07:35'],
      ['this morning', '2025-04-21TMO'],
    ]);
  });

  it('is on the last day gone when a clause told in the past follows a day still to come', () => {
    expect(
      values(
        "He was shot on Friday as he spoke in support of a candidate in Sunday's election. He was pronounced dead at 5:03 p.m.",
        '2022-07-09',
      ),
    ).toEqual([
      ['Friday', '2022-07-08'],
      ['Sunday', '2022-07-10'],
      ['5:03 p.m.', '2022-07-08T17:03'],
    ]);
  });

  it('is on the day of publication when the story names no day near it', () => {
    expect(values('The fire spread in 1998. It broke out at 11 a.m.', '2025-01-22')).toEqual([
      ['1998', '1998'],
      ['11 a.m.', '2025-01-22T11:00'],
    ]);
  });
});

describe('a day counted from the day last named', () => {
  it('is the day after for "the next day", and the day before for "the previous day"', () => {
    expect(
      values(
        'Protesters stormed parliament on June 25. The president withdrew the bill the next day. He had met them the previous day.',
        '2024-07-11',
      ),
    ).toEqual([
      ['June 25', '2024-06-25'],
      ['the next day', '2024-06-26'],
      ['the previous day', '2024-06-25'],
    ]);
  });

  it('is that part of the day after for "the next morning", and the story goes on in that day', () => {
    expect(
      values(
        'Cracks appeared on Tuesday, but owners told workers to return the next morning. The building collapsed at about 9 a.m.',
        '2013-04-24',
      ),
    ).toEqual([
      ['Tuesday', '2013-04-23'],
      ['the next morning', '2013-04-24TMO'],
      ['9 a.m.', '2013-04-24T09:00'],
    ]);
  });

  it('is that day for "later in the day"', () => {
    expect(
      values(
        'Putin arrived on Wednesday. Later in the day, the two leaders held talks.',
        '2024-06-20',
      ),
    ).toEqual([
      ['Wednesday', '2024-06-19'],
      ['the day', '2024-06-19'],
    ]);
  });

  it('is the day of publication for "earlier in the day" told in the past after a day still to come', () => {
    expect(
      values(
        'The exam will be held on November 23. Moon, who returned from a trip earlier in the day, held a meeting.',
        '2017-11-15',
      ),
    ).toEqual([
      ['November 23', '2017-11-23'],
      ['the day', '2017-11-15'],
    ]);
  });

  it('is unknown when the story has named no day', () => {
    expect(values('He withdrew the bill the next day.', '2024-07-11')).toEqual([
      ['the next day', 'XXXX-XX-XX'],
    ]);
  });
});

describe('a month without a year after a later year its sentence names', () => {
  it('is in that year when the clause looks ahead ("The 2020 Winter Games will be held in February")', () => {
    expect(
      values('The 2020 Winter Games will be held in Seoul in February.', '2018-01-09'),
    ).toEqual([
      ['2020', '2020'],
      ['February', '2020-02'],
    ]);
  });

  it('is not for a weekday, which is told from the day of publication ("who hopes to win next year\'s election, visited Seoul on Friday")', () => {
    expect(
      values("Ruiz, who hopes to win next year's election, visited Seoul on Friday.", '2018-01-09'),
    ).toEqual([
      ['next year', '2019'],
      ['Friday', '2018-01-05'],
    ]);
  });

  it('is not when the clause tells the past ("The 2020 budget was approved in February")', () => {
    expect(values('The 2020 budget was approved in February.', '2018-06-09')).toEqual([
      ['2020', '2020'],
      ['February', '2018-02'],
    ]);
  });
});

describe('a day without a year in a paragraph that tells a past year', () => {
  it('is later in that year when its sentence is past ("on Aug. 6, 1945 ... Japan surrendered on Aug. 15")', () => {
    expect(
      values(
        'The first bomb fell on Hiroshima on Aug. 6, 1945, killing thousands. Japan surrendered on Aug. 15.',
        '2024-10-11',
      ),
    ).toEqual([
      ['Aug. 6, 1945', '1945-08-06'],
      ['Aug. 15', '1945-08-15'],
    ]);
  });

  it('is not when the day comes before it, looks ahead, follows another year or stands in another paragraph', () => {
    expect(
      values('Stocks crashed on Oct. 19, 1987. They fell again on Oct. 13.', '1989-10-20'),
    ).toEqual([
      ['Oct. 19, 1987', '1987-10-19'],
      ['Oct. 13', '1989-10-13'],
    ]);
    expect(
      values(
        'The group was founded on May 2, 1956. The prize will be given on Dec. 10.',
        '2024-10-11',
      ),
    ).toEqual([
      ['May 2, 1956', '1956-05-02'],
      ['Dec. 10', '2024-12-10'],
    ]);
    expect(
      values(
        'He was elected in March 2013. He spent weeks in hospital this year and left on March 23.',
        '2025-04-21',
      ),
    ).toEqual([
      ['March 2013', '2013-03'],
      ['this year', '2025'],
      ['March 23', '2025-03-23'],
    ]);
    // (A weekday is told from the day of publication, whatever year the paragraph tells.)
    expect(
      values(
        'She came to the throne on Feb. 6, 1952. She had appointed her 15th prime minister only on Tuesday.',
        '2022-09-08',
      ),
    ).toEqual([
      ['Feb. 6, 1952', '1952-02-06'],
      ['Tuesday', '2022-09-06'],
    ]);
    expect(
      values('The group was founded on May 2, 1956.\n\nIt won an award on Aug. 15.', '2024-10-11'),
    ).toEqual([
      ['May 2, 1956', '1956-05-02'],
      ['Aug. 15', '2024-08-15'],
    ]);
  });
});

describe('a count "later" or "earlier"', () => {
  it('counts from the date the story named last', () => {
    expect(
      values(
        'The first bomb fell on Hiroshima on Aug. 6, 1945. A second was dropped on Nagasaki three days later. The city was rebuilt in 1949 and its port reopened two years later.',
        '2024-10-11',
      ),
    ).toEqual([
      ['Aug. 6, 1945', '1945-08-06'],
      ['three days later', '1945-08-09'],
      ['1949', '1949'],
      ['two years later', '1951'],
    ]);
  });

  it('reads "the following year" and "the previous month" from the date named last', () => {
    expect(
      values(
        'He flew to Beijing in 1971, and the president went the following year. Sales fell in March 2020 after a peak the previous month.',
        '2023-11-30',
      ),
    ).toEqual([
      ['1971', '1971'],
      ['the following year', '1972'],
      ['March 2020', '2020-03'],
      ['the previous month', '2020-02'],
    ]);
  });

  it('does not count from a date in a relative aside', () => {
    expect(
      values(
        'Lai was sworn in on Monday. Lai, who won the Jan. 13 election, spoke. Three days later, drills began.',
        '2024-05-20',
      ),
    ).toEqual([
      ['Monday', '2024-05-20'],
      ['Jan. 13', '2024-01-13'],
      ['Three days later', '2024-05-23'],
    ]);
  });

  it('goes on in the day of a verb after a name set between commas, which is no aside ("The orbiter, Danuri, lifted off ... on Thursday evening")', () => {
    expect(
      values(
        'The first orbiter, Danuri, lifted off from Florida on Thursday evening.\n\nThe launch took place at 7:08 p.m. local time.',
        '2022-08-05',
      ),
    ).toEqual([
      ['Thursday evening', '2022-08-04TEV'],
      ['7:08 p.m.', '2022-08-04T19:08'],
    ]);
  });

  it('counts from the month of a verb after a person set between commas with an age and a description, which is no aside ("Carney, 60, a former governor of ..., replaced ... in March and called the election nine days later")', () => {
    expect(
      values(
        'Carney, 60, a former governor of both the Bank of Canada and the Bank of England, replaced Trudeau as party leader in March and called the snap election nine days later.',
        '2025-04-29',
      ),
    ).toEqual([
      ['March', '2025-03'],
      ['nine days later', '2025-03'],
    ]);
  });

  it('does not go on in the day a relative clause gives a noun after the clause named its own ("early on Tuesday, ending a siege that began on Monday morning")', () => {
    expect(
      values(
        'Two hostages were killed when police stormed a cafe early on Tuesday, ending a 16-hour siege that began on Monday morning.\n\nOfficers entered the cafe shortly after 2 a.m.',
        '2014-12-16',
      ),
    ).toEqual([
      ['Tuesday', '2014-12-16'],
      ['16-hour', 'PT16H'],
      ['Monday morning', '2014-12-15TMO'],
      ['2 a.m.', '2014-12-16T02:00'],
    ]);
  });

  it('reads "will" joined to a word by a hyphen as no look ahead ("had left a will-like message before leaving home in the morning")', () => {
    expect(
      values(
        'His daughter told police on Thursday afternoon that he had left a will-like message before leaving home in the morning.',
        '2020-07-10',
      ),
    ).toEqual([
      ['Thursday afternoon', '2020-07-09TAF'],
      ['the morning', '2020-07-09TMO'],
    ]);
  });

  it('stays within the last date when that date is coarser than the count, and counts "ago" from publication', () => {
    expect(
      values(
        'The plant opened in 1990. Two days later it closed. In March 2020 he left, and he came back the following week; he returned three years ago.',
        '2024-10-11',
      ),
    ).toEqual([
      ['1990', '1990'],
      ['Two days later', '1990'],
      ['March 2020', '2020-03'],
      ['the following week', '2020-03'],
      ['three years ago', '2021'],
    ]);
  });

  it('counts from publication when the story named no date before', () => {
    expect(values('Two days later, the plant closed.', '2024-10-11')).toEqual([
      ['Two days later', '2024-10-13'],
    ]);
  });

  it('reads "the next year" with no preposition of a span as the year after the one named last', () => {
    expect(
      values(
        'He shared the prize in 1993 and was elected president the next year. Prices will rise over the next year.',
        '2013-12-06',
      ),
    ).toEqual([
      ['1993', '1993'],
      ['the next year', '1994'],
      ['the next year', 'P1Y'],
    ]);
  });
});

describe('"that year" and "that month"', () => {
  it('are the year and the month the story named last', () => {
    expect(
      values(
        'He was released in August 2022. The president pardoned him later that year. That month, sales fell.',
        '2024-02-05',
      ),
    ).toEqual([
      ['August 2022', '2022-08'],
      ['that year', '2022'],
      ['That month', '2022-08'],
    ]);
  });

  it('makes a month right before "that year" that year\'s ("became chairman in October that year")', () => {
    expect(
      values('Lee was pardoned in 2022. He became chairman in October that year.', '2024-02-05'),
    ).toEqual([
      ['2022', '2022'],
      ['October', '2022-10'],
      ['that year', '2022'],
    ]);
  });

  it('are unknown where the story has named none', () => {
    expect(values('Sales fell that year.', '2024-02-05')).toEqual([['that year', 'XXXX']]);
  });
});

describe('a time of day with no day of its own', () => {
  it('is not on a day still to come when its clause is told in the past', () => {
    expect(
      values(
        'He will travel to Seoul on Friday. Temperatures in the city were minus 7 degrees at midday.',
        '2025-01-20',
      ),
    ).toEqual([
      ['Friday', '2025-01-24'],
      ['midday', '2025-01-20T12:00'],
    ]);
  });

  it('reads its clause from the sentence\'s start, past an abbreviation\'s point ("with U.S. troops")', () => {
    expect(
      values(
        'A flood watch was issued on Thursday afternoon. Rescuers will search with U.S. troops through the night, the sheriff said.',
        '2025-07-04',
      ),
    ).toEqual([
      ['Thursday afternoon', '2025-07-03TAF'],
      ['the night', '2025-07-04TNI'],
    ]);
  });

  it('is not on a day gone when its clause looks ahead', () => {
    expect(
      values(
        'A flood watch was issued on Thursday afternoon. Rescuers will keep searching through the night, the sheriff said.',
        '2025-07-04',
      ),
    ).toEqual([
      ['Thursday afternoon', '2025-07-03TAF'],
      ['the night', '2025-07-04TNI'],
    ]);
  });
});

describe('an evening hour told in the past, in a story of the day after a late day it named', () => {
  it('is that late day\'s ("late on Monday ... still burning on Tuesday ... happened at about 10 p.m.")', () => {
    expect(
      values(
        'An explosion tore through the rig late on Monday, setting off a fire that was still burning on Tuesday. The blast happened at about 10 p.m. Crews will work until 9 p.m.',
        '2018-01-09',
      ),
    ).toEqual([
      ['Monday', '2018-01-08'],
      ['Tuesday', '2018-01-09'],
      ['10 p.m.', '2018-01-08T22:00'],
      ['9 p.m.', '2018-01-09T21:00'],
    ]);
  });

  it('is that late day\'s after any past verb ("fought the flames through the night")', () => {
    expect(
      values(
        'A fire tore through the cathedral on Monday evening before it was put out early on Tuesday. Firefighters fought the flames through the night.',
        '2018-01-09',
      ),
    ).toEqual([
      ['Monday evening', '2018-01-08TEV'],
      ['Tuesday', '2018-01-09'],
      ['the night', '2018-01-08TNI'],
    ]);
  });
});

describe('a month with no year of its own, after a year that opens its sentence', () => {
  it('is in that year when the clause is past ("A year later, he survived a coup attempt in August")', () => {
    expect(
      values(
        'He received the prize in 1990. A year later, he survived a coup attempt in August. In 1987, he signed a treaty in December.',
        '2022-08-31',
      ),
    ).toEqual([
      ['1990', '1990'],
      ['A year later', '1991'],
      ['August', '1991-08'],
      ['1987', '1987'],
      ['December', '1987-12'],
    ]);
  });

  it('is not where the year only names a thing or bounds a period, or the month counts from today', () => {
    expect(
      values(
        'The 2015 deal, which he quit in May, collapsed. Cases are the most since 1976, and it began in February. In 2019, he said he had resigned last November.',
        '2018-07-01',
      ).filter(([t]) => !/^\d{4}$/.test(t ?? '')),
    ).toEqual([
      ['May', '2018-05'],
      ['February', '2018-02'],
      ['last November', '2017-11'],
    ]);
  });
});

describe('a month or a day with no year of its own, in a clause of "when" after a year', () => {
  it('is in that year when the clause is past ("until 2001, when they were ousted after the September 11 attacks")', () => {
    expect(
      values(
        'The group ruled the country from 1996 until 2001, when it was ousted by U.S.-led forces after the September 11 attacks.',
        '2021-08-16',
      ),
    ).toEqual([
      ['1996', '1996'],
      ['2001', '2001'],
      ['September 11', '2001-09-11'],
    ]);
  });

  it('is not when the clause looks ahead ("until 2016, when talks will resume in July")', () => {
    expect(
      values('The plan runs until 2016, when talks will resume in July.', '2018-01-09').at(-1),
    ).toEqual(['July', '2018-07']);
  });
});

describe('a clock time after a day a period runs from', () => {
  it('is on the day the story goes on in, not the period\'s first ("since Monday ... at 6 p.m.")', () => {
    expect(
      values(
        'The phone went on sale on Friday evening, with fans in line, some of them since Monday. The doors opened at 6 p.m.',
        '2007-06-29',
      ),
    ).toContainEqual(['6 p.m.', '2007-06-29T18:00']);
  });
});
