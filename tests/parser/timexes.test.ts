import { describe, expect, it } from 'vitest';
import { findTimexes } from '../../src/parser/extractors/timexes.ts';
import { parseIsoDay } from '../../src/parser/refiners/calendar.ts';

/** The reference day of the seed (a Tuesday), so expectations read like the guidelines. */
const REF = parseIsoDay('2018-01-09');

function found(sentence: string, ref = REF) {
  return findTimexes(sentence, 0, ref).map((t) => ({
    text: sentence.slice(t.start, t.end),
    type: t.type,
    value: t.value,
    ...(t.mod ? { mod: t.mod } : {}),
  }));
}

describe('time expressions resolved against the publication date (TIMEX3)', () => {
  it.each([
    ['They will meet next month.', 'next month', 'DATE', '2018-02'],
    ['Sales fell last year.', 'last year', 'DATE', '2017'],
    ['It happened last week.', 'last week', 'DATE', '2018-W01'],
    ['Talks resume this week.', 'this week', 'DATE', '2018-W02'],
    ['The vote was held on Monday.', 'Monday', 'DATE', '2018-01-08'],
    ['The vote will be held on Friday.', 'Friday', 'DATE', '2018-01-12'],
    ['The quake hit on Monday last week.', 'Monday last week', 'DATE', '2018-01-01'],
    ['Prices fell over the past two weeks.', 'the past two weeks', 'DURATION', 'P2W'],
    ['The outbreak could last a year.', 'a year', 'DURATION', 'P1Y'],
    ['The strike will last two weeks.', 'two weeks', 'DURATION', 'P2W'],
    ['They meet on Friday of next week.', 'Friday of next week', 'DATE', '2018-01-19'],
    ['The vote is on Sunday this week.', 'Sunday this week', 'DATE', '2018-01-14'],
    ['He spoke yesterday.', 'yesterday', 'DATE', '2018-01-08'],
    ['Officials met today.', 'today', 'DATE', '2018-01-09'],
    ['Talks were last held more than two years ago.', 'more than two years ago', 'DATE', '2016'],
    ['The war lasted two years.', 'two years', 'DURATION', 'P2Y'],
    ['Drives run every weekend.', 'every weekend', 'SET', 'XXXX-WXX-WE'],
    ['He has lived there for 18 months.', '18 months', 'DURATION', 'P18M'],
    ['It took three hours.', 'three hours', 'DURATION', 'PT3H'],
    ['He paused for a second.', 'a second', 'DURATION', 'PT1S'],
    ['The vote was held over three days.', 'three days', 'DURATION', 'P3D'],
    ['The lights went out, and a second later the alarm rang.', 'a second', 'DURATION', 'PT1S'],
    ['Waves followed within half an hour.', 'half an hour', 'DURATION', 'PT30M'],
    ['The strike lasted for four weeks.', 'four weeks', 'DURATION', 'P4W'],
    [
      'They will visit Seoul and have lunch with Moon on Saturday, the ministry said.',
      'Saturday',
      'DATE',
      '2018-01-13',
    ],
    ['The plan took half a century.', 'half a century', 'DURATION', 'P50Y'],
    ['The church was built in the 19th century.', 'the 19th century', 'DATE', '18'],
    [
      'The strongest quake in a quarter of a century struck.',
      'a quarter of a century',
      'DURATION',
      'P25Y',
    ],
    ['They waited three quarters of an hour.', 'three quarters of an hour', 'DURATION', 'PT45M'],
    ['He served two and a half years.', 'two and a half years', 'DURATION', 'P2.5Y'],
    ['The siege lasted a year and a half.', 'a year and a half', 'DURATION', 'P1.5Y'],
    ['He got a two-and-a-half-year sentence.', 'two-and-a-half-year', 'DURATION', 'P2.5Y'],
    ['It closed two and a half years ago.', 'two and a half years ago', 'DATE', '2015-07'],
    ['It sent a message 3 1/2 hours into the flight.', '3 1/2 hours', 'DURATION', 'PT3.5H'],
    ['The flight took 2½ hours.', '2½ hours', 'DURATION', 'PT2.5H'],
    ['It closed 2 1/2 years ago.', '2 1/2 years ago', 'DATE', '2015-07'],
    ['A second quake struck about nine hours later.', 'about nine hours', 'DURATION', 'PT9H'],
    ['The bomb went off 40 minutes ago.', '40 minutes', 'DURATION', 'PT40M'],
    ['An election must be held in March.', 'March', 'DATE', '2018-03'],
    ['It has issued a warning for Friday and Saturday.', 'Saturday', 'DATE', '2018-01-13'],
    ['It has issued a warning for Friday.', 'Friday', 'DATE', '2018-01-12'],
    ['He said he might travel as early as Sunday.', 'Sunday', 'DATE', '2018-01-14'],
    ['A review will be published by the end of May.', 'the end of May', 'DATE', '2018-05'],
    ['They came four days after the speech.', 'four days', 'DURATION', 'P4D'],
    ['The measure extends funding until May 14.', 'May 14', 'DATE', '2018-05-14'],
    ['Officials suspended ferries until at least Friday.', 'Friday', 'DATE', '2018-01-12'],
    ['Schools were closed until Thursday.', 'Thursday', 'DATE', '2018-01-11'],
    // (and with a part of the day: the day is the same.)
    ['The airport was closed until Saturday morning.', 'Saturday morning', 'TIME', '2018-01-13TMO'],
    // (and with a clock time on the day: "until 1 p.m. on Friday".)
    [
      'The airline cancelled all its flights until 1 p.m. on Friday.',
      '1 p.m. on Friday',
      'TIME',
      '2018-01-12T13:00',
    ],
    ['The envoy was due to arrive on Sunday night.', 'Sunday night', 'TIME', '2018-01-14TNI'],
    // ("the evening of Oct. 12": that part of that day, one expression.)
    [
      'The storm hit the coast on the evening of Jan. 5.',
      'the evening of Jan. 5',
      'TIME',
      '2018-01-05TEV',
    ],
    ["The team's game against Boston on Thursday was postponed.", 'Thursday', 'DATE', '2018-01-11'],
    ['The vote on Sunday has been cancelled.', 'Sunday', 'DATE', '2018-01-14'],
    // (but one that had been called off before the story's past was already gone:)
    [
      'A launch on Sunday had been called off because of bad weather.',
      'Sunday',
      'DATE',
      '2018-01-07',
    ],
    [
      'The governor imposed a curfew from 6 p.m. to 6 a.m. until Saturday.',
      'Saturday',
      'DATE',
      '2018-01-13',
    ],
    ['The army declared martial law until Friday.', 'Friday', 'DATE', '2018-01-12'],
    ['The talks lasted until Friday.', 'Friday', 'DATE', '2018-01-05'],
    ['It keeps the government open through mid-May.', 'mid-May', 'DATE', '2018-05'],
    ['Growth peaked in mid-2016.', 'mid-2016', 'DATE', '2016'],
    ['Tsai served two four-year terms.', 'four-year', 'DURATION', 'P4Y'],
    ['It was the strongest quake in a quarter century.', 'a quarter century', 'DURATION', 'P25Y'],
    ['It took a quarter hour.', 'a quarter hour', 'DURATION', 'PT15M'],
    [
      'The cabinet approved it, clearing the way for the truce to take effect on Sunday.',
      'Sunday',
      'DATE',
      '2018-01-14',
    ],
    [
      'The quake struck shortly after midday on Dec. 28.',
      'midday on Dec. 28',
      'TIME',
      '2017-12-28T12:00',
    ],
    [
      'The fire broke out before midnight on Thursday.',
      'midnight on Thursday',
      'TIME',
      '2018-01-04T24:00',
    ],
    // (After it, the midnight opens the day: "began shortly after midnight on Thursday".)
    [
      'The rescue began shortly after midnight on Thursday.',
      'midnight on Thursday',
      'TIME',
      '2018-01-04T00:00',
    ],
    [
      'He declared a disaster for Fulton, Peoria and Tazewell counties on Monday and said he would tour the area.',
      'Monday',
      'DATE',
      '2018-01-08',
    ],
    [
      'The quake hit at 6 p.m. local time on Friday.',
      '6 p.m. local time on Friday',
      'TIME',
      '2018-01-05T18:00',
    ],
    [
      'The probe touched down at 12:20 a.m. Tokyo time on Saturday.',
      '12:20 a.m. Tokyo time on Saturday',
      'TIME',
      '2018-01-06T00:20',
    ],
    [
      'The missile flew at 7:40 a.m. (2240 GMT Monday).',
      '2240 GMT Monday',
      'TIME',
      '2018-01-08T22:40',
    ],
    ['The deadline passed at 1200 GMT.', '1200 GMT', 'TIME', '2018-01-09T12:00'],
    ['No election can be held before December.', 'December', 'DATE', '2018-12'],
    [
      'Gusts could return on Thursday night, the service warned.',
      'Thursday night',
      'TIME',
      '2018-01-11TNI',
    ],
    [
      'The warning will last until 21:00 on Thursday.',
      '21:00 on Thursday',
      'TIME',
      '2018-01-11T21:00',
    ],
    [
      'The quake hit at 4:10 p.m. (0710 GMT) on Monday.',
      '4:10 p.m. (0710 GMT) on Monday',
      'TIME',
      '2018-01-08T16:10',
    ],
    [
      'It began in January nineteen ninety-seven.',
      'January nineteen ninety-seven',
      'DATE',
      '1997-01',
    ],
    [
      'It began in the winter of nineteen ninety-four.',
      'the winter of nineteen ninety-four',
      'DATE',
      '1994-WI',
    ],
    ['Prices rose during the summer of 2016.', 'the summer of 2016', 'DATE', '2016-SU'],
    ['Hostages were freed under a four-day truce.', 'four-day', 'DURATION', 'P4D'],
    ['He declared three days of mourning starting on Thursday.', 'Thursday', 'DATE', '2018-01-11'],
    ['The site closes from noon.', 'noon', 'TIME', '2018-01-09T12:00'],
    [
      'Towns braced, with heat expected to peak by the weekend.',
      'the weekend',
      'DATE',
      '2018-W02-WE',
    ],
    ['The two sides agreed to hold reunions in August.', 'August', 'DATE', '2018-08'],
    ['The firm bought the unit in March.', 'March', 'DATE', '2017-03'],
    ['The reunions, scheduled for August, were welcomed.', 'August', 'DATE', '2018-08'],
    ['Recently, leaders compared their arsenals.', 'Recently', 'DATE', 'PAST_REF'],
    ['The economy is now growing.', 'now', 'DATE', 'PRESENT_REF'],
    ['An unusual New Year address was broadcast.', 'New Year', 'DATE', '2018-01-01'],
    ['It was signed on January 3, 2018.', 'January 3, 2018', 'DATE', '2018-01-03'],
    ['It was signed on 3 January 2018.', '3 January 2018', 'DATE', '2018-01-03'],
    ['Profits rose in December.', 'December', 'DATE', '2017-12'],
    ['Profits rose in the third quarter.', 'the third quarter', 'DATE', '2017-Q3'],
    ['Profits rose in the third quarter of 1989.', 'the third quarter of 1989', 'DATE', '1989-Q3'],
    ['Profit fell in the April-June quarter.', 'the April-June quarter', 'DATE', '2017-Q2'],
    ['Sales rose 5% in the June quarter.', 'the June quarter', 'DATE', '2017-Q2'],
    ['Growth will slow in the coming months.', 'the coming months', 'DURATION', 'PXM'],
    ['He had decided to resign over the July election loss.', 'July', 'DATE', '2017-07'],
    ['He had decided to campaign for the Sept. election.', 'Sept.', 'DATE', '2017-09'],
    [
      'It sees a loss, its first, for the year ending in March, compared with a profit.',
      'March',
      'DATE',
      '2018-03',
    ],
    ['It posted a loss in the quarter ended in November.', 'November', 'DATE', '2017-11'],
    [
      'Sales rose in the October-December period.',
      'the October-December period',
      'DATE',
      '2017-Q4',
    ],
    [
      'Profit fell in the January-June half of 2016.',
      'the January-June half of 2016',
      'DATE',
      '2016-H1',
    ],
    ['Parliament must approve a coalition by Easter.', 'Easter', 'DATE', '2018-04-01'],
    ['Shops will close on Good Friday.', 'Good Friday', 'DATE', '2018-03-30'],
    ['Lent begins on Ash Wednesday.', 'Ash Wednesday', 'DATE', '2018-02-14'],
    ['Lent began on Ash Wednesday.', 'Ash Wednesday', 'DATE', '2017-03-01'],
    ['Families gathered at Thanksgiving.', 'Thanksgiving', 'DATE', '2017-11-23'],
    ['The rising began on Easter Monday 1916.', 'Easter Monday 1916', 'DATE', '1916-04-24'],
    ['Growth slowed in the 1990s.', 'the 1990s', 'DATE', '199'],
    ['The law dates from 1953.', '1953', 'DATE', '1953'],
    ['The plant closed in May 2016.', 'May 2016', 'DATE', '2016-05'],
    ['The board meets every month.', 'every month', 'SET', 'P1M'],
    ['Reports are published annually.', 'annually', 'SET', 'P1Y'],
    ['The service runs on Mondays.', 'Mondays', 'SET', 'XXXX-WXX-1'],
    ['We spoke at 3 p.m.', '3 p.m.', 'TIME', '2018-01-09T15:00'],
    ['Troops moved in this morning.', 'this morning', 'TIME', '2018-01-09TMO'],
    ['The deadline passed at 10 p.m. Monday.', '10 p.m. Monday', 'TIME', '2018-01-08T22:00'],
    ['They met at noon Monday.', 'noon Monday', 'TIME', '2018-01-08T12:00'],
    ['In March, the two sides met.', 'March', 'DATE', '2017-03'],
    [
      'Prices will rise over the next 12 to 18 months.',
      'the next 12 to 18 months',
      'DURATION',
      'PXM',
    ],
    ['Building it takes two to three years.', 'two to three years', 'DURATION', 'PXY'],
    ['The offer ended Jan. 5 (local time).', 'Jan. 5', 'DATE', '2018-01-05'],
    ['Prices have risen since May.', 'May', 'DATE', '2017-05'],
    ['Voting opened Monday at 9:30 a.m.', 'Monday at 9:30 a.m.', 'TIME', '2018-01-08T09:30'],
    ['Talks will resume soon.', 'soon', 'DATE', 'FUTURE_REF'],
    ['Parliament voted to impeach her in December.', 'December', 'DATE', '2017-12'],
    ['Parliament voted to impeach her on Dec. 14.', 'Dec. 14', 'DATE', '2017-12-14'],
    ['The board voted to close the plant on March 3.', 'March 3', 'DATE', '2018-03-03'],
    ['The board voted to close the plant in March.', 'March', 'DATE', '2018-03'],
    ['The oldest member turns 30 in December.', 'December', 'DATE', '2018-12'],
    [
      'Output will rise in the first half of next year.',
      'the first half of next year',
      'DATE',
      '2019-H1',
    ],
    [
      'Production will start in the second half of the year.',
      'the second half of the year',
      'DATE',
      '2018-H2',
    ],
    [
      'Sales fell in the third quarter of last year.',
      'the third quarter of last year',
      'DATE',
      '2017-Q3',
    ],
    ['The deal should close by year-end.', 'year-end', 'DATE', '2018'],
    ['The vote was postponed to May.', 'May', 'DATE', '2018-05'],
    // (What one may do on a day, so as to do it then, is ahead of a past verb.)
    ['It freed her so she can attend the ceremony on Dec. 10.', 'Dec. 10', 'DATE', '2018-12-10'],
    [
      'Rivals lost, making him ineligible for an election due by November.',
      'November',
      'DATE',
      '2018-11',
    ],
    ['The payment was due in November.', 'November', 'DATE', '2017-11'],
    ['Seoul won on Monday, setting up a final on Saturday.', 'Saturday', 'DATE', '2018-01-13'],
    ['Seoul proposed that the two sides hold talks on Friday.', 'Friday', 'DATE', '2018-01-12'],
    [
      'The airport will stay shut until the end of January.',
      'the end of January',
      'DATE',
      '2018-01',
    ],
    [
      'The doctors quit en masse on Dec. 20 to protest a government plan to raise fees.',
      'Dec. 20',
      'DATE',
      '2017-12-20',
    ],
    [
      'He will quit, as the firm struggles with a crisis following a blowout in December.',
      'December',
      'DATE',
      '2017-12',
    ],
    ['The vote is set for the week of March 10.', 'the week of March 10', 'DATE', '2018-W10'],
    ['The exhibition runs until the end of September.', 'the end of September', 'DATE', '2018-09'],
  ])('%s → %s = %s %s', (sentence, text, type, value) => {
    expect(found(sentence)).toContainEqual(expect.objectContaining({ text, type, value }));
  });

  it('reads "Independence Day" as July 4 only where no other nation owns it', () => {
    expect(found('Fireworks will mark Independence Day in Boston.').map((t) => t.value)).toEqual([
      '2018-07-04',
    ]);
    expect(
      found("Crowds marked the country's Independence Day on Monday.").map((t) => t.text),
    ).toEqual(['Monday']);
    expect(found('Indonesian Independence Day was celebrated.').map((t) => t.text)).toEqual([]);
  });

  it('reads a count after a month and a comma as no day of it ("in December, 18 children")', () => {
    expect(found('It declared an epidemic in December, 18 children have died.')).toEqual([
      expect.objectContaining({ text: 'December', value: '2017-12' }),
    ]);
  });

  it('finds the day that closes a range of days, but not a count after a date', () => {
    expect(found('Drills run from March 13 to 23, officials said.')).toEqual([
      { text: 'March 13', type: 'DATE', value: '2018-03-13' },
      { text: '23', type: 'DATE', value: '2018-03-23' },
    ]);
    expect(found('The fair ran Jan. 3-5 in Seoul.').map((t) => t.value)).toEqual([
      '2018-01-03',
      '2018-01-05',
    ]);
    expect(found('On March 13 to 23 people were hurt.').map((t) => t.text)).toEqual(['March 13']);
    expect(found('It killed seven people on 20 and 21 October.').map((t) => t.text)).toEqual([
      '20',
      '21 October',
    ]);
    expect(found('Prices rose 5 to 21 October levels.').map((t) => t.text)).toEqual(['21 October']);
    // Not a clock: a count of people.
    expect(found('Officials said 2100 people were hurt.')).toEqual([]);
  });

  it('leaves the article of a noun out, reads no name as a time, and a scheduled present as ahead', () => {
    expect(found('It caps a six-month trial.')).toEqual([
      { text: 'six-month', type: 'DURATION', value: 'P6M' },
    ]);
    expect(found('They agreed to a week-long truce.')).toEqual([
      { text: 'week-long', type: 'DURATION', value: 'P1W' },
    ]);
    // (A plural unit counts no one of it: "a weeks-long standoff".)
    expect(found('It ended a weeks-long standoff.')).toEqual([
      { text: 'weeks-long', type: 'DURATION', value: 'PXW' },
    ]);
    expect(found('He paid her friend Choi Soon-sil.')).toEqual([]);
    expect(found('Analyst Park Sung-soon said so.')).toEqual([]);
    expect(found('Tourists flew to Easter Island to hunt Easter eggs.')).toEqual([]);
    expect(found('Boats reached Christmas Island.')).toEqual([]);
    expect(found('The Black Saturday bushfires killed 173 people, as on Bloody Sunday.')).toEqual(
      [],
    );
    expect(found('Her hearing resumes on Monday.')).toEqual([
      { text: 'Monday', type: 'DATE', value: '2018-01-15' },
    ]);
    expect(found('The two leaders meet separately Monday.').map((t) => t.value)).toEqual([
      '2018-01-15',
    ]);
    expect(found('They did not meet on Monday.').map((t) => t.value)).toEqual(['2018-01-08']);
    expect(
      found('The pardon, which takes effect on Monday, was one of 1,693 announced.').map(
        (t) => t.value,
      ),
    ).toEqual(['2018-01-15']);
    expect(found('The ban goes into effect Monday.').map((t) => t.value)).toEqual(['2018-01-15']);
    expect(found('The truce expires on Monday.').map((t) => t.value)).toEqual(['2018-01-15']);
    expect(found('Her hearing ended on Monday.')).toEqual([
      { text: 'Monday', type: 'DATE', value: '2018-01-08' },
    ]);
  });

  it('reads a half of a game as no part of the year, and a half of the year as one', () => {
    expect(found('Son scored twice in the second half.')).toEqual([]);
    expect(found('Profit rose in the second half.')).toEqual([
      { text: 'the second half', type: 'DATE', value: '2017-H2' },
    ]);
  });

  it('keeps a modifier on the expression it bounds', () => {
    expect(found('The Koreas held their first formal talks in more than two years.')).toEqual([
      { text: 'more than two years', type: 'DURATION', value: 'P2Y', mod: 'MORE_THAN' },
    ]);
    // (and where the length is counted from an occurrence: "after take-off", "later".)
    expect(found('The jet lost height less than a minute after take-off.')).toEqual([
      { text: 'less than a minute', type: 'DURATION', value: 'PT1M', mod: 'LESS_THAN' },
    ]);
    expect(found('A second quake struck about nine hours later.')).toEqual([
      { text: 'about nine hours', type: 'DURATION', value: 'PT9H', mod: 'APPROX' },
    ]);
  });

  it('makes one length of a unit and a smaller one joined by "and" ("an hour and 45 minutes")', () => {
    expect(found('It lost contact about an hour and 45 minutes into its descent.')).toEqual([
      { text: 'about an hour and 45 minutes', type: 'DURATION', value: 'PT1H45M', mod: 'APPROX' },
    ]);
    expect(found('He was jailed for three years and six months.')).toEqual([
      { text: 'three years and six months', type: 'DURATION', value: 'P3Y6M' },
    ]);
    expect(found('The trip took two days and 10 hours.')).toEqual([
      { text: 'two days and 10 hours', type: 'DURATION', value: 'P2DT10H' },
    ]);
    // (Not a smaller unit before a larger, nor two lengths apart.)
    expect(found('It took six months and two years.').map((t) => t.value)).toEqual(['P6M', 'P2Y']);
    expect(found('He served two years, and six months on parole.').map((t) => t.value)).toEqual([
      'P2Y',
      'P6M',
    ]);
  });

  it('leaves relative values unresolved without a publication date', () => {
    expect(found('They will meet next month.', null)).toEqual([
      { text: 'next month', type: 'DATE', value: 'XXXX' },
    ]);
  });

  it('gives spans into the whole text when a sentence starts later', () => {
    const [t] = findTimexes('He left last year.', 100, REF);
    expect(t).toMatchObject({ start: 108, end: 117 });
  });
});

describe('a day or month named without a year: the year from the tense of its clause', () => {
  it.each([
    ['1989-11-20', 'The rate rises in January.', 'January', '1990-01'],
    ['1989-11-20', 'The plan was unveiled in April.', 'April', '1989-04'],
    // (A name is no verb of what is set: "the Australian Open in January".)
    ['2024-06-07', 'He won the Australian Open in January.', 'January', '2024-01'],
    ['2024-06-07', 'The Games open in February.', 'February', '2025-02'],
    // (Nor is what an aside on a name says ahead the tense of the rest.)
    [
      '2024-06-07',
      'Sinner, who will become number one on Monday, was seeking a title after winning a race in January.',
      'January',
      '2024-01',
    ],
    // (Nor does the main clause's past after an aside end it: "who is preparing for a summit
    // in late May or early June, welcomed".)
    [
      '2018-04-27',
      'Trump, who is preparing for a summit in late May or early June, welcomed the outcome.',
      'early June',
      '2018-06',
    ],
    ['1989-11-20', 'Sales peaked in September.', 'September', '1989-09'],
    ['1989-11-20', 'Sales fell in January.', 'January', '1989-01'],
    // (Next month too is behind where a past verb put something in it.)
    ['2025-12-19', 'The bank last raised rates in January.', 'January', '2025-01'],
    ['2025-12-19', 'Sales fell in early January.', 'early January', '2025-01'],
    ['2025-12-19', 'Prices will rise in January.', 'January', '2026-01'],
    // (A name in "-ed" is no past verb: "drills by the United States in August", in July.)
    [
      '2021-07-27',
      'The talks come ahead of drills by South Korea and the United States in August.',
      'August',
      '2021-08',
    ],
    // ("the first half of February": the month, whose half is no half of the year.)
    ['2025-08-05', 'It will vote in the first half of February.', 'February', '2026-02'],
    ['2025-08-05', 'Sales rose in the second half of March.', 'March', '2025-03'],
    // (What a warning is of lasts into the days ahead.)
    ['2025-02-05', 'The agency warned of heavy snow through Friday.', 'Friday', '2025-02-07'],
    [
      '1989-10-30',
      'He added that guidelines to be published in early November will decide.',
      'early November',
      '1989-11',
    ],
    [
      '1989-11-20',
      "His rating has hovered around 30% ahead of April's elections.",
      'April',
      '1990-04',
    ],
    ['1989-11-20', "Protests erupted ahead of April's elections.", 'April', '1989-04'],
    // (So is what a thing of now comes a count of months before; what a past deed came after
    // is behind it, whatever the sentence plans.)
    [
      '2024-01-02',
      'The attack comes three months before parliamentary elections on April 10.',
      'April 10',
      '2024-04-10',
    ],
    [
      '2016-07-15',
      'He said the state of emergency, declared after the Paris attacks in November, would be extended.',
      'November',
      '2015-11',
    ],
    [
      '2016-07-15',
      'He said France would extend a state of emergency imposed after the Paris attacks in November.',
      'November',
      '2015-11',
    ],
    [
      '2016-07-15',
      'He said the state of emergency will be extended after the vote in November.',
      'November',
      '2016-11',
    ],
    ['2016-07-15', 'The runoff will be held after the vote in November.', 'November', '2016-11'],
    ['1989-10-25', 'The company said the shares trade from Nov. 10.', 'Nov. 10', '1989-11-10'],
    ['1989-11-02', 'The bidder extended its offer to Nov. 20.', 'Nov. 20', '1989-11-20'],
    [
      '1989-10-27',
      'The firm declared a dividend, payable Dec. 1 to holders.',
      'Dec. 1',
      '1989-12-01',
    ],
    ['1989-10-30', 'In September, it announced plans to buy a rival.', 'September', '1989-09'],
    [
      '2018-01-09',
      'On Monday, the minister visited Seoul and will return.',
      'Monday',
      '2018-01-08',
    ],
    ['2018-01-09', 'On Monday, the minister will visit Seoul.', 'Monday', '2018-01-15'],
    ['2018-01-12', 'Forecasters expect more rain over the weekend.', 'the weekend', '2018-W02-WE'],
    ['2018-01-12', 'It rained over the weekend.', 'the weekend', '2018-W01-WE'],
    // (What is meant for a weekend is for the coming one, whatever the tense of the telling.)
    ['2018-01-12', 'Italy issued red alerts for the weekend.', 'the weekend', '2018-W02-WE'],
    ['2023-02-07', 'It has killed 1,000 people since March.', 'March', '2022-03'],
    ['2023-02-07', 'It has killed 1,000 people since January.', 'January', '2023-01'],
    // (Waiting looks ahead, though the verb that reports it is past.)
    [
      '2024-11-06',
      'Merz demanded that Scholz act now rather than wait until January.',
      'January',
      '2025-01',
    ],
    ['2024-11-06', 'The plant was closed until March.', 'March', '2024-03'],
    // (A day a past verb puts something on is behind, though next month's; not one a thing is
    // moved to.)
    ['2018-01-09', 'The pope resigned on Feb. 28.', 'Feb. 28', '2017-02-28'],
    // (A past that is its verb's base form is still past, though "will" follows in the sentence;
    // not after "to".)
    [
      '2005-08-31',
      'Bush cut short his vacation on Tuesday and will return to Washington on Wednesday.',
      'Tuesday',
      '2005-08-30',
    ],
    ['2005-08-31', 'The bank is expected to cut rates on Tuesday.', 'Tuesday', '2005-09-06'],
    // (An agreement to buy or sell is struck on the day it names; one to meet looks ahead.)
    [
      '2008-09-15',
      'The bank agreed to buy the broker for $50 billion on Sunday.',
      'Sunday',
      '2008-09-14',
    ],
    ['2008-09-15', 'Officials agreed to meet again on Sunday.', 'Sunday', '2008-09-21'],
    ['2018-01-09', 'The deadline was extended to Feb. 20.', 'Feb. 20', '2018-02-20'],
    // (What is put off is put off to a later date, though the putting off is past.)
    ['2024-12-05', 'The commission postponed the vote until March.', 'March', '2025-03'],
    ['2024-12-05', 'The launch was postponed to Friday.', 'Friday', '2024-12-06'],
    [
      '2024-12-05',
      'NASA pushed back the landing, the first since 1972, to mid-2027.',
      'mid-2027',
      '2027',
    ],
    // (The base of a comparison is an earlier reading, though the clause looks ahead.)
    [
      '2025-03-19',
      'Officials expect growth of 1.7% this year, down from 2.1% in December.',
      'December',
      '2024-12',
    ],
    // (A season after "next" or "last" is the nearest one still to come or gone: this fall
    // in January, this summer in October.)
    ['2018-01-09', 'He was hurt this past weekend.', 'this past weekend', '2018-W01-WE'],
    ['2018-01-09', 'It was founded 20 years ago this month.', '20 years ago this month', '1998-01'],
    ['2011-12-20', 'The war ended a year ago this month.', 'a year ago this month', '2010-12'],
    ['2018-01-09', 'They will meet again next fall.', 'next fall', '2018-FA'],
    ['2018-10-09', 'They met last summer.', 'last summer', '2018-SU'],
    ['2018-01-09', 'They met last spring.', 'last spring', '2017-SP'],
    ['2018-10-09', 'They will meet next summer.', 'next summer', '2019-SU'],
    // (A noun after an article is no verb of a schedule: "the hosts", "its visits".)
    [
      '2022-11-20',
      'FIFA President Gianni Infantino had defended the hosts on Saturday.',
      'Saturday',
      '2022-11-19',
    ],
    // (A team's fixture in the plural present is ahead, as "plays" is.)
    [
      '2022-11-20',
      'England play Iran at Khalifa International Stadium on Monday.',
      'Monday',
      '2022-11-21',
    ],
    [
      '2022-11-20',
      'Argentina, with Lionel Messi, open against Saudi Arabia on Tuesday.',
      'Tuesday',
      '2022-11-22',
    ],
    ['2022-11-20', 'Children play in the streets on Monday.', 'Monday', '2022-11-14'],
    // (What a thing still needs or awaits is ahead of it.)
    [
      '2016-09-27',
      "The agreement still needs voters' approval in a referendum on Sunday.",
      'Sunday',
      '2016-10-02',
    ],
    ['2016-09-27', 'The bill awaits a vote in the Senate on Thursday.', 'Thursday', '2016-09-29'],
    // (A date of the calendar that ends what an order tells one to do is ahead.)
    [
      '2022-11-18',
      'The judge ordered her to report to prison on April 27.',
      'April 27',
      '2023-04-27',
    ],
    ['2022-11-18', 'The judge had ordered her to report on April 27.', 'April 27', '2022-04-27'],
    // (What "is on" a day is set for it.)
    ['2022-11-16', 'The funeral is on Friday.', 'Friday', '2022-11-18'],
    ['2022-11-16', 'The focus was on Friday.', 'Friday', '2022-11-11'],
    // ("Red" is no verb in the past.)
    [
      '2025-01-22',
      'Red flag warnings remain in effect through Thursday.',
      'Thursday',
      '2025-01-23',
    ],
  ])('published %s: %s → %s = %s', (published, sentence, text, value) => {
    expect(found(sentence, parseIsoDay(published))).toContainEqual(
      expect.objectContaining({ text, value }),
    );
  });
});

describe('the tense of a sentence that quotes someone', () => {
  it("is not the quotation's: a weekday after '\"We will withdraw,\" he said' is past", () => {
    const sentence =
      '"We will withdraw the troops that were deployed for martial law operations," Yoon said in a televised address at about 4:30 a.m. (1930 GMT Tuesday).';
    expect(found(sentence, parseIsoDay('2024-12-04')).map((t) => t.value)).toContain(
      '2024-12-03T19:30',
    );
  });
});

describe('a time a prospect holds out', () => {
  it('is ahead of its raising ("raised the prospect of resuming the reunions in September")', () => {
    expect(
      found('Seoul raised the prospect of resuming the reunions in September.').map((t) => t.value),
    ).toEqual(['2018-09']);
  });
});

describe('a part of the day before a distance or a place', () => {
  it('is a time ("struck in the afternoon about 100 km to the north"), not a noun\'s word ("in the afternoon sun")', () => {
    expect(found('A second quake struck in the afternoon about 100 km to the north.')).toEqual([
      { text: 'the afternoon', type: 'TIME', value: '2018-01-09TAF' },
    ]);
    expect(found('Crowds sat in the afternoon sun.')).toEqual([]);
  });
});

describe('a weekday whose possessive names a noun', () => {
  it('is the day next to the news, before or after it, whatever the clause\'s tense ("spoke ... in Sunday\'s election" told on Saturday)', () => {
    const values = (sentence: string, day: string) =>
      found(sentence, parseIsoDay(day)).map((t) => t.value);
    expect(
      values(
        "He was shot as he spoke in support of a candidate in Sunday's election.",
        '2022-07-09',
      ),
    ).toEqual(['2022-07-10']);
    expect(values("Voters backed the plan in Thursday's referendum.", '2016-06-24')).toEqual([
      '2016-06-23',
    ]);
    // (A day further off keeps the clause's tense.)
    expect(values("Voters went to the polls in Saturday's election.", '2018-01-10')).toEqual([
      '2018-01-06',
    ]);
  });
});

describe('a weekday an infinitive lasts until', () => {
  it('is ahead of the order ("ordered flags to be flown at half-staff until Sunday")', () => {
    expect(
      found(
        'He ordered flags to be flown at half-staff until Sunday.',
        parseIsoDay('2022-07-09'),
      ).map((t) => t.value),
    ).toEqual(['2022-07-10']);
  });
});

describe('a weekday whose possessive a participle and "by" follow', () => {
  it('is past, whatever the clause plans ("preparing to fly aid to areas hit by Monday\'s quake")', () => {
    const values = (sentence: string) => found(sentence).map((t) => t.value);
    expect(
      values("The plane was preparing to fly aid to areas hit by Monday's earthquake."),
    ).toEqual(['2018-01-08']);
    expect(values("Towns will be hit by Friday's storm.")).toEqual(['2018-01-12']);
  });

  it('is past after the noun too ("areas hit by a deadly earthquake on New Year\'s Day")', () => {
    const values = (sentence: string, day: string) =>
      found(sentence, parseIsoDay(day)).map((t) => t.value);
    expect(
      values(
        "The plane was preparing to fly aid to areas hit by a deadly earthquake on New Year's Day.",
        '2024-01-02',
      ),
    ).toEqual(['2024-01-01']);
    expect(
      values('Crews were preparing to clear towns struck by the storm on Sunday.', '2018-01-09'),
    ).toEqual(['2018-01-07']);
    expect(values('Towns will be hit by the storm on Friday.', '2018-01-09')).toEqual([
      '2018-01-12',
    ]);
  });
});

describe('a count before "earlier than" or "later than"', () => {
  it('is how far, a duration, not a date counted from today ("six months earlier than planned")', () => {
    expect(found('The election could come six months earlier than planned.')).toEqual([
      { text: 'six months', type: 'DURATION', value: 'P6M' },
    ]);
    expect(found('The vote came two days earlier than expected.')).toEqual([
      { text: 'two days', type: 'DURATION', value: 'P2D' },
    ]);
    expect(found('Two days earlier, he resigned.').map((t) => t.value)).toEqual(['2018-01-07']);
  });

  it('reads the present of an opening or a close with its day as ahead ("The festival ends on Sunday")', () => {
    expect(found('The festival ends on Sunday, organisers said.').map((t) => t.value)).toEqual([
      '2018-01-14',
    ]);
  });
});

describe('a deadline an infinitive sets', () => {
  it('lies ahead of the order, and a clock word after its day is its hour ("ordered residents to leave by Friday noon")', () => {
    expect(found('Officials ordered residents to leave by Friday noon.')).toEqual([
      { text: 'Friday noon', type: 'TIME', value: '2018-01-12T12:00' },
    ]);
    expect(found('The storm had weakened by Friday.').map((t) => t.value)).toEqual(['2018-01-05']);
    expect(found('He said he would leave by Sunday midnight.').map((t) => t.value)).toEqual([
      '2018-01-14T24:00',
    ]);
  });
});

describe('a deadline a wish or a need sets', () => {
  it('lies ahead of the wanting, whatever its tense ("said he wanted a government in place by Easter")', () => {
    expect(
      found('He said he wanted a government in place by Easter.', parseIsoDay('2025-02-24')),
    ).toEqual([{ text: 'Easter', type: 'DATE', value: '2025-04-20' }]);
    expect(
      found('The firm needed the money by April, its chief said.').map((t) => t.value),
    ).toEqual(['2018-04']);
    // (Not what is done by a date: "had sold the plant by April" is behind.)
    expect(found('The firm had sold the plant by April.').map((t) => t.value)).toEqual(['2017-04']);
  });
});

describe('the day of an occurrence a call puts forward', () => {
  it('lies ahead of the call ("called for more protests on Thursday"), not the day of a call for calm', () => {
    expect(
      found(
        'Activists called for more protests on Thursday. The UN chief called for calm on Monday.',
      ).map((t) => t.value),
    ).toEqual(['2018-01-11', '2018-01-08']);
  });

  it('lies ahead of a call for a day of them ("have called for a day of protests on Wednesday")', () => {
    const day = (sentence: string) =>
      found(sentence).find((t) => /(?:Wednes|Fri)day$/.test(t.text))?.value;
    expect(day('Unions have called for a day of protests on Wednesday.')).toBe('2018-01-10');
    expect(day('Unions called for a national day of action on Friday.')).toBe('2018-01-12');
  });
});

describe('what a report says was expected', () => {
  it('is still ahead of the report ("Forecasters said more rain was expected over the weekend")', () => {
    expect(
      found('Forecasters said more rain was expected over the weekend.').map((t) => t.value),
    ).toEqual(['2018-W02-WE']);
    expect(found('He said the vote was expected on Friday.').map((t) => t.value)).toEqual([
      '2018-01-12',
    ]);
    // (What was expected to be done is ahead too, unless the sentence undoes it; a thing
    // expected on a day, told alone, may be long gone.)
    expect(found('The storm was expected to arrive on Friday.').map((t) => t.value)).toEqual([
      '2018-01-12',
    ]);
    expect(
      found('The storm was expected to arrive on Friday but veered away.').map((t) => t.value),
    ).toEqual(['2018-01-05']);
    expect(found('The storm was expected on Friday.').map((t) => t.value)).toEqual(['2018-01-05']);
    // (And what "was to" be done: "He was to face Ruiz in Sunday's runoff.")
    expect(found("He was to face Ruiz in Sunday's runoff.").map((t) => t.value)).toEqual([
      '2018-01-14',
    ]);
    expect(
      found(
        'Forecasters said more storms were possible across the central U.S. through Monday.',
      ).map((t) => t.value),
    ).toEqual(['2018-01-15']);
  });
});

describe('a half of a match', () => {
  it('is no half of the year ("missed several chances in the first half"), though a half of profit is', () => {
    expect(found('Dortmund had missed several chances in the first half.')).toEqual([]);
    expect(
      found('The firm posted a 38% jump in pretax profit for the first half.').map((t) => t.value),
    ).toEqual(['2018-H1']);
  });
});

describe('a day that names which one of a thing', () => {
  it('is the nearest, whatever the tense ("the candidate in the Nov. 5 election hailed the ruling")', () => {
    expect(
      found('Trump, the candidate in the Nov. 5 election, hailed the ruling.', REF).map(
        (t) => t.value,
      ),
    ).toEqual(['2017-11-05']);
    expect(
      findTimexes(
        'Trump, the candidate in the Nov. 5 election, hailed the ruling.',
        0,
        parseIsoDay('2024-07-01'),
      ).map((t) => t.value),
    ).toEqual(['2024-11-05']);
  });

  it('is behind what came after it or was won in it, and ahead of what comes before it', () => {
    const at = (text: string) =>
      findTimexes(text, 0, parseIsoDay('2024-10-20')).map((t) => t.value);
    expect(at('He was sworn in on Sunday after winning the February election.')).toEqual([
      '2024-10-20',
      '2024-02',
    ]);
    expect(at('The party has lost ground since the June vote.')).toEqual(['2024-06']);
    expect(at('Parties campaigned ahead of the September election.')).toEqual(['2025-09']);
    expect(at('Parties campaign for the February election.')).toEqual(['2025-02']);
  });
});

describe('the day of a source the news cites', () => {
  it('is behind the citing, whatever the sentence plans ("agreed to pay, according to a court filing on Tuesday")', () => {
    expect(
      found(
        'The firm has agreed to pay $95 million to settle a lawsuit, according to a court filing on Tuesday.',
      ).map((t) => t.value),
    ).toEqual(['2018-01-09']);
    expect(
      found('The firm agreed to settle, according to a filing on Monday.').map((t) => t.value),
    ).toEqual(['2018-01-08']);
  });
});

describe('"the fall" after a fall the text told of', () => {
  it('is that fall, not autumn ("linked to a fall at home ... after the fall")', () => {
    expect(
      found(
        'He had surgery linked to a fall at home in October. He cancelled a trip after the fall, in which he hit his head.',
      ).map((t) => t.text),
    ).toEqual(['October']);
    expect(
      found('Prices had a sharp fall in October. Elections are due in the fall.').map((t) => [
        t.text,
        t.value,
      ]),
    ).toEqual([
      ['October', '2017-10'],
      ['the fall', '2018-FA'],
    ]);
  });
});

describe('a bare season', () => {
  it('is the next one to come after its months have gone this year, the last one gone before they come', () => {
    const june = parseIsoDay('2025-06-11');
    expect(found('The new tax bills will go out in the spring.', june)[0]?.value).toBe('2026-SP');
    expect(found('The plant will open in the fall.', june)[0]?.value).toBe('2025-FA');
    // (2018-01-09: a summer told in the past is last year's.)
    expect(found('Markets rallied in the summer.')[0]?.value).toBe('2017-SU');
  });
});

describe('a capitalised day that an "of" names', () => {
  it('is a feast or a campaign, not a length of time ("during a Day of the Dead celebration")', () => {
    expect(
      found('He was shot during a Day of the Dead celebration. They rested for a day.').map(
        (t) => t.text,
      ),
    ).toEqual(['a day']);
  });
});

describe("a cricketer's century", () => {
  it('is a hundred runs, not a hundred years ("a century from captain Laura Wolvaardt")', () => {
    expect(
      found(
        'They were bowled out despite a century from captain Janet Ruiz. Ruiz scored a century. The church was built a century ago.',
      ).map((t) => t.text),
    ).toEqual(['a century ago']);
  });
});

describe('a day after "can"', () => {
  it('lies ahead, whoever can ("Workers can return to work as early as Wednesday")', () => {
    expect(found('Workers can return to work as early as Wednesday.').map((t) => t.value)).toEqual([
      '2018-01-10',
    ]);
    expect(found('Workers returned to work on Monday.').map((t) => t.value)).toEqual([
      '2018-01-08',
    ]);
  });
});

describe('a day set aside', () => {
  it('lies ahead of the setting ("Sunday was declared a day of national mourning")', () => {
    expect(
      found('Sunday was declared a day of national mourning.').map((t) => [t.text, t.value]),
    ).toEqual([
      ['Sunday', '2018-01-14'],
      ['a day', 'P1D'],
    ]);
  });
  it('lies ahead when a report makes it the subject of what will be ("said Monday would be a non-working day")', () => {
    expect(
      found('The mayor said Monday would be a non-working day.').map((t) => [t.text, t.value]),
    ).toEqual([['Monday', '2018-01-15']]);
    expect(found('The union said Friday will be a general strike.').map((t) => t.value)).toEqual([
      '2018-01-12',
    ]);
    expect(found('The mayor said Monday that schools would close.').map((t) => t.value)).toEqual([
      '2018-01-08',
    ]);
  });
  it('lies ahead of a verb that makes it one ("declared Monday a public holiday")', () => {
    expect(
      found('The prime minister declared Friday a public holiday.').map((t) => [t.text, t.value]),
    ).toEqual([['Friday', '2018-01-12']]);
  });
});

describe('the first day of a range whose last day names the year', () => {
  it('is in that year ("between July 15 and Aug. 15 last year", "from Dec. 20 to Jan. 5, 2019")', () => {
    expect(
      found('About 1,400 people were killed between July 15 and Aug. 15 last year.').map(
        (t) => t.value,
      ),
    ).toEqual(['2017-07-15', '2017-08-15']);
    expect(found('The exhibition runs from Dec. 20 to Jan. 5, 2019.').map((t) => t.value)).toEqual([
      '2018-12-20',
      '2019-01-05',
    ]);
  });
});

describe('a count before "earlier this year"', () => {
  it('is a length, and "this year" its time ("for five weeks earlier this year")', () => {
    expect(
      found('He had been treated in hospital for five weeks earlier this year.').map((t) => [
        t.text,
        t.value,
      ]),
    ).toEqual([
      ['five weeks', 'P5W'],
      ['this year', '2018'],
    ]);
  });
});

describe('a weekday written after another', () => {
  it('comes after it, whatever tense put the first ("closed its beaches on Tuesday and Wednesday")', () => {
    // (2018-01-09 is a Tuesday: the past tense puts a lone Wednesday last week.)
    expect(
      found('The city closed its beaches on Tuesday and Wednesday.').map((t) => t.value),
    ).toEqual(['2018-01-09', '2018-01-10']);
    expect(found('Schools closed on Sunday and Monday.').map((t) => t.value)).toEqual([
      '2018-01-07',
      '2018-01-08',
    ]);
  });

  it('comes after it when clocks name them ("from 3 p.m. on Tuesday until 9 a.m. on Wednesday")', () => {
    expect(
      found('The agency issued a warning from 3 p.m. on Tuesday until 9 a.m. on Wednesday.').map(
        (t) => t.value,
      ),
    ).toEqual(['2018-01-09T15:00', '2018-01-10T09:00']);
    // (Two clock times may share their day.)
    expect(
      found('The road was closed from 9 a.m. on Tuesday until 3 p.m. on Tuesday.').map(
        (t) => t.value,
      ),
    ).toEqual(['2018-01-09T09:00', '2018-01-09T15:00']);
  });
});

describe('a day a rule reaches back to', () => {
  it('is gone, whatever tense tells it ("will apply retroactively from Jan. 1")', () => {
    expect(found('The lower tariff will apply retroactively from Jan. 1.')[0]?.value).toBe(
      '2018-01-01',
    );
    expect(found('The lower tariff will apply from Feb. 1.')[0]?.value).toBe('2018-02-01');
  });
});

describe('a day a reported schedule names', () => {
  it('is to come ("was due to visit the area on Wednesday"), unless the sentence undoes it', () => {
    expect(found('The minister was due to visit the area on Wednesday.')[0]?.value).toBe(
      '2018-01-10',
    );
    expect(
      found('The minister was due to visit on Wednesday but cancelled the trip.')[0]?.value,
    ).toBe('2018-01-03');
  });

  it('is to come though what follows it comes before something else ("to lay a wreath on Friday before returning home")', () => {
    expect(
      found('He was expected to lay a wreath at a memorial on Friday before returning home.')[0]
        ?.value,
    ).toBe('2018-01-12');
  });

  it('is to come past an aside between the verb and the day ("to leave the Blue House, the presidential residence, on Saturday")', () => {
    expect(
      found(
        'She was expected to leave the palace, the official residence, on Saturday or Sunday, her spokesman said.',
      ).map((t) => t.value),
    ).toEqual(['2018-01-13', '2018-01-14']);
  });
});

describe('a day in a relative clause told in the past', () => {
  it('is behind, whatever the sentence plans ("foam that broke off the tank during launch on Dec. 16")', () => {
    expect(
      found(
        'Engineers will look at whether a piece of foam that broke off the tank during launch on Dec. 16 damaged the wing.',
      )[0]?.value,
    ).toBe('2017-12-16');
    // (A relative clause of what is to come stays ahead: "the team that qualified will play on
    // Dec. 16".)
    expect(found('The team that qualified will play on Dec. 16.')[0]?.value).toBe('2018-12-16');
  });

  it('is behind after a participle that follows its noun ("to fly supplies to areas hit by the New Year\'s Day earthquake")', () => {
    expect(
      found(
        "The plane had been preparing to fly supplies to areas hit by the New Year's Day earthquake.",
        parseIsoDay('2024-01-03'),
      ).map((t) => t.value),
    ).toEqual(['2024-01-01']);
    // (A passive still looks ahead: "will be hit by the Monday storm".)
    expect(found('The city will be hit by the Monday storm.').map((t) => t.value)).toEqual([
      '2018-01-15',
    ]);
  });

  it('is behind without its "that" too ("would suspend the export controls it announced on Oct. 9")', () => {
    expect(
      found('Beijing would suspend the export controls it announced on Oct. 9 for one year.')[0]
        ?.value,
    ).toBe('2017-10-09');
    // (A pronoun that opens a clause of its own is no relative clause's: "said it would sign the
    // deal it wants on Oct. 9" keeps its look ahead.)
    expect(
      found('Officials said the ministry will sign the deal it wants on Oct. 9.')[0]?.value,
    ).toBe('2018-10-09');
  });
});

describe('a part of the day with its edge', () => {
  it('is that part, its start or end the mod ("in the early afternoon")', () => {
    expect(found('The fire broke out in the early afternoon near the town.')).toEqual([
      { text: 'the early afternoon', type: 'TIME', value: '2018-01-09TAF', mod: 'START' },
    ]);
  });
});

describe('a feast that what will come comes after', () => {
  it('may be the one just gone ("due to trade on Wednesday after the New Year holiday", on Jan. 2)', () => {
    const sentence = 'Shares are due to trade on Wednesday after the New Year holiday.';
    expect(found(sentence, parseIsoDay('2024-01-02')).map((t) => t.value)).toEqual([
      '2024-01-03',
      '2024-01-01',
    ]);
    // (Before it, the coming one: "Shops will reopen after Christmas", on Dec. 20.)
    expect(found('Shops will reopen after Christmas.', parseIsoDay('2024-12-20'))[0]?.value).toBe(
      '2024-12-25',
    );
  });
});

describe("a feast's eve", () => {
  it('is the day before the feast, written whole ("on the eve of the U.S. Independence Day holiday")', () => {
    expect(
      found(
        'The launch came on the eve of the U.S. Independence Day holiday.',
        parseIsoDay('2017-07-04'),
      ).map((t) => [t.text, t.value]),
    ).toEqual([['the eve of the U.S. Independence Day', '2017-07-03']]);
  });
});

describe("a new year of the moon's calendar", () => {
  it('is no January 1 ("the Lunar New Year holiday"), though "New Year" is', () => {
    expect(found('He called for calm ahead of the Lunar New Year holiday.')).toEqual([
      { text: 'Lunar New Year', type: 'DATE', value: '2018' },
    ]);
    expect(found('Kim gave his New Year address.')[0]?.value).toBe('2018-01-01');
  });
});

describe('a month that a span runs since', () => {
  it('is behind, whatever the sentence plans ("agreed to strengthen ties, in his first visit since taking office in June")', () => {
    const sentence =
      'They agreed to strengthen ties, in his first visit since taking office in June.';
    expect(found(sentence, parseIsoDay('2025-08-23'))[0]?.value).toBe('2025-06');
  });

  it('is behind after a noun too ("must now find a leader ... since snap elections in July")', () => {
    const sentence =
      'He must now find a leader for a parliament split since snap elections in July.';
    expect(found(sentence, parseIsoDay('2024-12-04')).map((t) => t.value)).toContain('2024-07');
  });
});

describe('days of one month written as a list', () => {
  it('are each a day of that month, none a year ("on April 9, 11 and 12")', () => {
    expect(
      found('The band will play in Seoul on April 9, 11 and 12, its agency said.').map((t) => [
        t.text,
        t.value,
      ]),
    ).toEqual([
      ['April 9', '2018-04-09'],
      ['11', '2018-04-11'],
      ['12', '2018-04-12'],
    ]);
  });
});

describe("a headline's infinitive", () => {
  it('looks ahead ("BTS to return with world tour in April"), though a headline with a verb may not', () => {
    const ref = parseIsoDay('2026-01-14');
    expect(found('BTS to return with world tour in April', ref)[0]?.value).toBe('2026-04');
    expect(found('Rain pushes prices to record in April', ref)[0]?.value).toBe('2025-04');
  });
});

describe('the end of the decade', () => {
  it('is the decade of the story, at its end ("plans to launch six times a year by the end of the decade")', () => {
    expect(found('It plans to launch six times a year by the end of the decade.')).toContainEqual({
      text: 'the end of the decade',
      type: 'DATE',
      value: '201',
      mod: 'END',
    });
  });
});

describe('the day of a plan told in the pluperfect', () => {
  it('is the nearest such day, ahead or behind ("who had hoped to announce new projects on Friday")', () => {
    expect(
      found(
        'Moon, who had hoped to announce new projects with the North on Friday, expressed regret.',
      ),
    ).toEqual([{ text: 'Friday', type: 'DATE', value: '2018-01-12' }]);
    expect(
      found(
        'The team had been due to play New Zealand in a test match on Saturday.',
        parseIsoDay('2019-03-15'),
      ),
    ).toEqual([{ text: 'Saturday', type: 'DATE', value: '2019-03-16' }]);
    // (Told after the day, the plan's day is behind: "had been due to expire Friday", on a
    // Monday; "had planned to fly home on Saturday".)
    expect(found('The offer had been due to expire Friday.', parseIsoDay('2018-01-08'))).toEqual([
      { text: 'Friday', type: 'DATE', value: '2018-01-05' },
    ]);
    expect(found('He had planned to fly home on Saturday but was arrested.')[0]?.value).toBe(
      '2018-01-06',
    );
  });

  it('is the nearest such date where a plan told in the pluperfect names a date of the calendar', () => {
    expect(found('The Games had been due to open on July 24.', parseIsoDay('2020-03-24'))).toEqual([
      { text: 'July 24', type: 'DATE', value: '2020-07-24' },
    ]);
    expect(
      found('The talks had been scheduled to start on Dec. 2.', parseIsoDay('2020-03-24')),
    ).toEqual([{ text: 'Dec. 2', type: 'DATE', value: '2019-12-02' }]);
  });

  it('is ahead where a present "plans a" or "is planning a" thing for the day', () => {
    expect(
      found(
        "The doctors' association plans a rally in Seoul on Sunday.",
        parseIsoDay('2024-02-20'),
      ),
    ).toEqual([{ text: 'Sunday', type: 'DATE', value: '2024-02-25' }]);
    expect(found('The union is planning a strike on Friday.', parseIsoDay('2024-02-20'))).toEqual([
      { text: 'Friday', type: 'DATE', value: '2024-02-23' },
    ]);
  });
});

describe('"a second" before a comparative set off by a comma', () => {
  it('is an ordinal, no second of time ("A second, smaller tremor followed"; "within a second, the lights")', () => {
    expect(found('A second, smaller tremor followed about eight minutes later.')).toEqual([
      { text: 'about eight minutes', type: 'DURATION', value: 'PT8M', mod: 'APPROX' },
    ]);
    expect(found('It lasted only a second, witnesses said.').map((t) => t.value)).toEqual(['PT1S']);
  });
});

describe('a century with its edge', () => {
  it('is that century, its start or end the mod ("since records began in the late 19th century")', () => {
    expect(
      found('It was the strongest quake since records began in the late 19th century.'),
    ).toEqual([{ text: 'the late 19th century', type: 'DATE', value: '18', mod: 'END' }]);
    expect(found('The town grew in the mid-20th century.')).toEqual([
      { text: 'the mid-20th century', type: 'DATE', value: '19', mod: 'MID' },
    ]);
  });
});

describe('a range of days written with a hyphen', () => {
  it('has its last day before the noun it dates ("at its Sept. 16-17 meeting")', () => {
    expect(
      found('The Fed will cut rates at its Sept. 16-17 meeting.').map((t) => [t.text, t.value]),
    ).toEqual([
      ['Sept. 16', '2018-09-16'],
      ['17', '2018-09-17'],
    ]);
  });
  it('ends after it starts, across a month ("runs Oct. 31-Nov. 1"), though a list may go back', () => {
    const ref = parseIsoDay('2025-08-26');
    expect(found('The summit runs Oct. 31-Nov. 1 in Gyeongju.', ref).map((t) => t.value)).toEqual([
      '2025-10-31',
      '2025-11-01',
    ]);
    expect(found('Talks were held on Feb. 3 and Jan. 30.', ref).map((t) => t.value)).toEqual([
      '2025-02-03',
      '2025-01-30',
    ]);
  });
  it('keeps a month told next after a month of a past year in that year ("... before ... in March")', () => {
    const ref = parseIsoDay('2025-07-01');
    const values = (s: string) => found(s, ref).map((t) => t.value);
    expect(values('It reopened in February last year before halting the tours in March.')).toEqual([
      '2024-02',
      '2024-03',
    ]);
    // (Not another clause's month, nor one the clause looks ahead to.)
    expect(values('It was founded in February 2019 and its shares fell in March.')).toEqual([
      '2019-02',
      '2025-03',
    ]);
    expect(values('It was founded in February 2019 and then will open in March.')).toEqual([
      '2019-02',
      '2026-03',
    ]);
  });
  it('puts a deadline an infinitive sets ahead ("pressure to boost spending by the end of March")', () => {
    const ref = parseIsoDay('2025-10-21');
    expect(
      found('She faces pressure to boost spending by the end of March.', ref).map((t) => t.value),
    ).toEqual(['2026-03']);
  });
  it('reads a habit\'s month as no coming one ("usually starts in mid-June")', () => {
    const ref = parseIsoDay('2025-10-05');
    expect(
      found('The monsoon usually starts in mid-June and ends in September.', ref).map(
        (t) => t.value,
      ),
    ).toEqual(['2025-06', '2025-09']);
    expect(found('The games start in June.', ref).map((t) => t.value)).toEqual(['2026-06']);
  });
});

describe('a count of time grouped by thousands', () => {
  it('is read whole ("more than 1,000 years"), and one before year one is a past reference', () => {
    expect(found('A rite steeped in more than 1,000 years of history.')).toEqual([
      { text: 'more than 1,000 years', type: 'DURATION', value: 'P1000Y', mod: 'MORE_THAN' },
    ]);
    expect(found('People settled there 10,000 years ago.').map((t) => [t.text, t.value])).toEqual([
      ['10,000 years ago', 'PAST_REF'],
    ]);
  });
});

describe('"as soon as"', () => {
  it('is a conjunction, no time ("will visit as soon as it will not disrupt rescue efforts")', () => {
    expect(found('He will visit as soon as it will not disrupt rescue efforts.')).toEqual([]);
    expect(found('Officials will restore power as soon as possible.')).toEqual([
      { text: 'as soon as possible', type: 'DATE', value: 'FUTURE_REF' },
    ]);
  });
});

describe("a feast's day in a clause told in the past", () => {
  it('is the last one, not the coming one ("died during Halloween celebrations", told in October)', () => {
    const ref = parseIsoDay('2024-10-09');
    expect(found('159 people died during Halloween celebrations.', ref)).toEqual([
      { text: 'Halloween', type: 'DATE', value: '2023-10-31' },
    ]);
    expect(found('The parade will be held on Halloween.', ref).map((t) => t.value)).toEqual([
      '2024-10-31',
    ]); // (Its festivities run in the week before it: "were killed during Halloween festivities on
    // Saturday night", told on Oct. 30.)
    expect(
      found('Many were killed during Halloween festivities.', parseIsoDay('2022-10-30')).map(
        (t) => t.value,
      ),
    ).toEqual(['2022-10-31']);
  });
});

describe('a word between a count and its unit', () => {
  it('stays in the duration ("three more difficult weeks", "two straight days")', () => {
    expect(
      found('It faces three more difficult weeks, after two straight days of rain.').map((t) => [
        t.text,
        t.value,
      ]),
    ).toEqual([
      ['three more difficult weeks', 'P3W'],
      ['two straight days', 'P2D'],
    ]);
  });
});

describe('a day that names a harm', () => {
  it('is behind, though ahead is nearer ("the January 6 attack" in September)', () => {
    const sept = parseIsoDay('2024-09-11');
    expect(found('Harris put Trump on the defensive over the January 6 attack.', sept)).toEqual([
      { text: 'January 6', type: 'DATE', value: '2024-01-06' },
    ]);
    // (An election so named is still the nearest: "the Nov. 5 election".)
    expect(found('Voters go to the polls in the Nov. 5 election.', sept)).toEqual([
      { text: 'Nov. 5', type: 'DATE', value: '2024-11-05' },
    ]);
  });
});

describe('a weekday after a town and its region', () => {
  it('takes the tense of its own clause past the region\'s commas ("visited Augusta, Georgia, on Wednesday and will travel")', () => {
    expect(
      found(
        'The senator visited Augusta, Georgia, on Wednesday and will travel to Seoul on Saturday.',
        parseIsoDay('2024-10-03'),
      ).map((t) => t.value),
    ).toEqual(['2024-10-02', '2024-10-05']);
  });
});

describe('a day a thing is set for', () => {
  it('is ahead though the setting is past ("set sentencing for July 11")', () => {
    expect(found('The judge set sentencing for July 11.').map((t) => t.value)).toEqual([
      '2018-07-11',
    ]);
  });
});

describe('a month an agreement is to act in', () => {
  it('is ahead, though the announcing is past and a town\'s region stands between ("an agreement to acquire the Peoria, Ill., bank in January")', () => {
    expect(
      found(
        'The bank announced an agreement to acquire the Peoria, Ill., bank holding company in January.',
        parseIsoDay('1989-11-02'),
      ).map((t) => t.value),
    ).toEqual(['1990-01']);
  });
});

describe('a modal before "have" that owns a noun', () => {
  it('looks ahead ("said depositors would have access to their money no later than Monday morning")', () => {
    expect(
      found(
        'The agency said insured depositors would have access to their money no later than Monday morning.',
        parseIsoDay('2023-03-10'),
      ).map((t) => [t.text, t.value]),
    ).toEqual([['Monday morning', '2023-03-13TMO']]);
  });
  it('still looks back in its perfect ("would have won on Monday")', () => {
    expect(
      found('He said he would have won on Monday.', parseIsoDay('2023-03-10')).map((t) => t.value),
    ).toEqual(['2023-03-06']);
  });
});

describe('the weekday of what a directive tells someone to do', () => {
  it('lies ahead of the telling ("told residents to stay at home on Monday")', () => {
    expect(
      found('The mayor told residents to stay at home on Monday.', parseIsoDay('2023-06-24')).map(
        (t) => t.value,
      ),
    ).toEqual(['2023-06-26']);
  });
  it('is the telling\'s own day when it follows the verb ("told reporters on Monday that")', () => {
    expect(
      found(
        'He told reporters on Monday that the fighting was over.',
        parseIsoDay('2023-06-24'),
      ).map((t) => t.value),
    ).toEqual(['2023-06-19']);
  });
  it('is behind where the directive is told in the pluperfect ("had invited Kim to meet on Twitter on Saturday")', () => {
    expect(
      found(
        'Trump had invited Kim to meet on Twitter on Saturday, while he was in Osaka.',
        parseIsoDay('2023-06-25'),
      ).map((t) => t.value),
    ).toEqual(['2023-06-24']);
  });
});

describe("an amount's rate", () => {
  it.each([
    ['The bridge carried about 30,000 vehicles a day.', 'a day', 'P1D'],
    ['The plant will add $33 million a year to profit.', 'a year', 'P1Y'],
    ['There are over fifty thousand CDs a year sold.', 'a year', 'P1Y'],
  ])('is a SET (%s)', (sentence, text, value) => {
    expect(found(sentence).map((t) => [t.text, t.type, t.value])).toEqual([[text, 'SET', value]]);
  });
  it('leaves a length a preposition measures, and a measure back, alone ("for a year", "a year earlier")', () => {
    expect(found('He kept 5,000 people for a year.').map((t) => [t.text, t.type])).toEqual([
      ['a year', 'DURATION'],
    ]);
    expect(found('Sales rose 5% from a year earlier.').map((t) => t.type)).toEqual(['DATE']);
  });
});

describe('a range of clock times', () => {
  it('gives both its ends, each a TIME ("a curfew from 6 p.m. to 6 a.m.")', () => {
    expect(found('The governor imposed a curfew from 6 p.m. to 6 a.m.')).toEqual([
      { text: '6 p.m.', type: 'TIME', value: '2018-01-09T18:00' },
      { text: '6 a.m.', type: 'TIME', value: '2018-01-10T06:00' },
    ]);
  });
  it('dates its first end by the day after its last ("from 9 a.m. to 5 p.m. on Monday")', () => {
    expect(found('Polls will be open from 9 a.m. to 5 p.m. on Monday.')).toEqual([
      { text: '9 a.m.', type: 'TIME', value: '2018-01-15T09:00' },
      { text: '5 p.m. on Monday', type: 'TIME', value: '2018-01-15T17:00' },
    ]);
  });
});

describe('a part of the day after a plural weekday', () => {
  it('is a SET of that part of every such day ("on Saturday nights")', () => {
    expect(
      found('Millions have marched in the capital on Saturday nights since late October.').map(
        (t) => [t.text, t.type, t.value],
      )[0],
    ).toEqual(['Saturday nights', 'SET', 'XXXX-WXX-6TNI']);
  });
});

describe('a weekday after "beginning" or "starting"', () => {
  it('is behind when the clause before the comma is told in the past ("resigned ..., beginning on Monday evening")', () => {
    expect(
      found(
        'More than 50 ministers resigned in the space of two days, beginning on Monday evening with the finance minister.',
      ).map((t) => t.value),
    ).toEqual(['P2D', '2018-01-08TEV']);
  });
  it('is ahead when that clause plans or tells a state ("will cut flights, starting Monday")', () => {
    expect(found('The airline will cut flights, starting Monday.').map((t) => t.value)).toEqual([
      '2018-01-15',
    ]);
    expect(found('Flights were suspended, starting Monday.').map((t) => t.value)).toEqual([
      '2018-01-15',
    ]);
  });
});

describe('"later this week" told on a Sunday', () => {
  it('is the week to come, the ISO week having ended that day ("expected to visit the town later this week")', () => {
    expect(
      found(
        'The prime minister is expected to visit the town later this week.',
        parseIsoDay('2013-07-07'),
      ),
    ).toEqual([{ text: 'this week', type: 'DATE', value: '2013-W28' }]);
    // (On any other day it is the week the day is in.)
    expect(found('He will visit later this week.', parseIsoDay('2013-07-05'))).toEqual([
      { text: 'this week', type: 'DATE', value: '2013-W27' },
    ]);
  });
});

describe('a weekday after a vote to acquit, convict or impeach', () => {
  it('is the day of the vote, behind the news ("Justice Fux voted to acquit him on Wednesday")', () => {
    expect(found('Justice Ruiz voted to acquit him on Wednesday.').map((t) => t.value)).toEqual([
      '2018-01-03',
    ]);
  });
  it('still looks ahead for a deed the vote plans ("voted to hold a referendum on Wednesday")', () => {
    expect(found('Lawmakers voted to hold a referendum on Wednesday.').map((t) => t.value)).toEqual(
      ['2018-01-10'],
    );
  });
  it('looks ahead for what is set for a day past a longer noun ("set an early presidential election for May 25")', () => {
    expect(
      found(
        'Parliament removed the president and set an early presidential election for May 25.',
        parseIsoDay('2018-06-09'),
      ).map((t) => t.value),
    ).toEqual(['2019-05-25']);
  });
});

describe('a weekday after a past vote "in a referendum on"', () => {
  it('is the day of the ballot, behind the news, whatever the infinitive ("voted to stay in the union in a referendum on Thursday")', () => {
    expect(
      found(
        'Scotland voted to stay in the union in a referendum on Thursday, rejecting independence.',
        parseIsoDay('2014-09-19'),
      ).map((t) => t.value),
    ).toEqual(['2014-09-18']);
  });
});

describe('a month after a past verb and a name with an initialism', () => {
  it('is behind the news ("won his first title at the U.S. Open in September", told in July)', () => {
    expect(
      found(
        'Murray, from Dunblane, won his first Grand Slam title at the U.S. Open in September.',
        parseIsoDay('2013-07-07'),
      ).map((t) => t.value),
    ).toEqual(['2012-09']);
  });
});

describe('an ancient year', () => {
  it.each([
    ['Vesuvius erupted in AD 79.', 'AD 79', '0079'],
    ['Vesuvius erupted in A.D. 79.', 'A.D. 79', '0079'],
    ['The town was founded in 79 AD by settlers.', '79 AD', '0079'],
    ['Caesar was killed in 44 BC in Rome.', '44 BC', 'BC0044'],
    ['The temple fell in the year 472.', 'the year 472', '0472'],
    ['It happened in October of the year 79, not August.', 'October of the year 79', '0079-10'],
  ])('%s -> %s = %s, a year the era or "the year" names', (sentence, text, value) => {
    expect(found(sentence)).toContainEqual({ text, type: 'DATE', value });
  });
  it('leaves a four-digit year after "the year" to the calendar\'s rules ("the year 2000")', () => {
    expect(found('In the year 2000 he left.').map((t) => t.text)).toEqual(['2000']);
  });
});
