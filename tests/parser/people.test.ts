import { describe, expect, it } from 'vitest';
import { gazetteerFrom } from '../../src/parser/gazetteer/gazetteer.ts';
import { parseArticle } from '../../src/parser/index.ts';
import { smallGazetteer } from '../fixtures/small-gazetteer.ts';

const givenNames = new Set(['Janet', 'David', 'Christian', 'Mike', 'York', 'Taco']);
const people = (text: string) =>
  parseArticle(`Headline\n\n${text}`, {
    published: '2018-01-09',
    gazetteer: smallGazetteer,
    givenNames,
  }).people;

describe('people the text names', () => {
  it.each([
    [
      'President George W. Bush urged Congress to act. "We will," Bush said.',
      'George W. Bush',
      'President',
      ['George W. Bush', 'Bush'],
    ],
    [
      'Prime Minister Ana K. Ruiz arrived on Monday. Ruiz met reporters.',
      'Ana K. Ruiz',
      'Prime Minister',
      ['Ana K. Ruiz', 'Ruiz'],
    ],
    [
      "South Korea's Unification Minister Cho Myoung-gyon led the delegation. Cho said so.",
      'Cho Myoung-gyon',
      "South Korea's Unification Minister",
      ['Cho Myoung-gyon', 'Cho'],
    ],
    [
      'President Luiz Inacio Lula da Silva flew over the area. Lula promised aid.',
      'Luiz Inacio Lula da Silva',
      'President',
      ['Luiz Inacio Lula da Silva', 'Lula'],
    ],
    ['US President Ana Ruiz spoke on Monday.', 'Ana Ruiz', 'US President', ['Ana Ruiz']],
    [
      'British Prime Minister Janet May said on Friday she would resign in June. May said she had done her best.',
      'Janet May',
      'British Prime Minister',
      ['Janet May', 'May'],
    ],
    [
      "The delegation was led by Ana Ruiz, North Korea's ceremonial head of state.",
      'Ana Ruiz',
      "North Korea's ceremonial head of state",
      ['Ana Ruiz'],
    ],
    [
      'Moon met Janet Coffey, the first member of the ruling family to visit the South since the 1950-53 Korean War, on Friday.',
      'Janet Coffey',
      'first member of the ruling family to visit the South',
      ['Janet Coffey'],
    ],
    [
      'Lawmakers cheered after speaker Janet Coffey read out the letter.',
      'Janet Coffey',
      'speaker',
      ['Janet Coffey'],
    ],
    [
      "He paid groups backed by Janet Coffey, Ruiz's confidante, in return.",
      'Janet Coffey',
      "Ruiz's confidante",
      ['Janet Coffey'],
    ],
    [
      'Moon met Janet Coffey, the head of the committee for the restoration of the old town hall and the new market square and the harbour, on Friday.',
      'Janet Coffey',
      null,
      ['Janet Coffey'],
    ],
    [
      '"It is historic," said Janet Coffey, a former vice foreign minister who now teaches at a university.',
      'Janet Coffey',
      'former vice foreign minister',
      ['Janet Coffey'],
    ],
    [
      'The crew included David Haddad, a colonel in the Israeli air force.',
      'David Haddad',
      'colonel in the Israeli air force',
      ['David Haddad'],
    ],
    [
      'Osama bin Laden, the al Qaeda leader behind the Sept. 11 attacks, was killed in a raid. Bin Laden was buried at sea, and bin Laden’s sons fled.',
      'Osama bin Laden',
      'al Qaeda leader behind the Sept. 11 attacks',
      ['Osama bin Laden', 'Bin Laden', 'bin Laden'],
    ],
    [
      'U.N. Emergency Relief Coordinator Jan Egeland said the toll could double.',
      'Jan Egeland',
      'U.N. Emergency Relief Coordinator',
      ['Jan Egeland'],
    ],
    // ("United" opening a sentence qualifies the office, though it ends in -ed.)
    [
      'United Nations Secretary-General Ana Ruiz said she regretted the decision.',
      'Ana Ruiz',
      'United Nations Secretary-General',
      ['Ana Ruiz'],
    ],
    ['First Lady Ana Ruiz had backed the ban.', 'Ana Ruiz', 'First Lady', ['Ana Ruiz']],
    ['Hamas leader Ana Ruiz was killed.', 'Ana Ruiz', 'Hamas leader', ['Ana Ruiz']],
    [
      'The favourites are agriculture minister Ana Ruiz and others.',
      'Ana Ruiz',
      'agriculture minister',
      ['Ana Ruiz'],
    ],
    [
      'White House spokesman Ana Ruiz criticised the committee.',
      'Ana Ruiz',
      'White House spokesman',
      ['Ana Ruiz'],
    ],
    ['Archer Ana Ruiz won three golds.', 'Ana Ruiz', 'archer', ['Ana Ruiz']],
    ['Ana K. Ruiz attended the ceremony.', 'Ana K. Ruiz', null, ['Ana K. Ruiz']],
    ['The submersible carried businessman Ana Ruiz.', 'Ana Ruiz', 'businessman', ['Ana Ruiz']],
    [
      'Vice President JD Ruiz was sworn in. Ruiz spoke.',
      'JD Ruiz',
      'Vice President',
      ['JD Ruiz', 'Ruiz'],
    ],
    [
      'Bank of Korea Governor Ana Ruiz told a news conference. Ruiz left.',
      'Ana Ruiz',
      'Bank of Korea Governor',
      ['Ana Ruiz', 'Ruiz'],
    ],
    [
      'Defense Minister Gen Nakatani said the ship was safe. Nakatani left.',
      'Gen Nakatani',
      'Defense Minister',
      ['Gen Nakatani', 'Nakatani'],
    ],
    [
      "Cambodia's former leader Hun Sen, who is 72, spoke. Hun Sen said so. Hun Manet met Hun Sen.",
      'Hun Sen',
      'former leader',
      ['Hun Sen', 'Hun Sen', 'Hun Sen'],
    ],
    [
      'Texas Sen. Ted Cruz said the bill would pass. Cruz left.',
      'Ted Cruz',
      'Texas Sen.',
      ['Ted Cruz', 'Cruz'],
    ],
    [
      'WHO Director-General Ana Ruiz told a news conference. Ruiz left.',
      'Ana Ruiz',
      'WHO Director-General',
      ['Ana Ruiz', 'Ruiz'],
    ],
    [
      'President-elect Yoon Suk Yeol takes office in May. Yoon said little.',
      'Yoon Suk Yeol',
      'President-elect',
      ['Yoon Suk Yeol', 'Yoon'],
    ],
    [
      "Italy's new prime minister, Giuseppe Conte, had threatened a veto.",
      'Giuseppe Conte',
      "Italy's new prime minister",
      ['Giuseppe Conte'],
    ],
    [
      'Chief Financial Officer Kim Sang-hoon told analysts so.',
      'Kim Sang-hoon',
      'Chief Financial Officer',
      ['Kim Sang-hoon'],
    ],
    [
      '"It is bottoming out," said Greg Roh, an analyst at HMC Securities.',
      'Greg Roh',
      'analyst at HMC Securities',
      ['Greg Roh'],
    ],
    [
      'Janet Ruiz, the head of the U.S. Agency for International Development, met refugees.',
      'Janet Ruiz',
      'head of the U.S. Agency for International Development',
      ['Janet Ruiz'],
    ],
    [
      'Janet Ruiz, health minister of the administration that controls the east, said 3,000 bodies had been buried.',
      'Janet Ruiz',
      'health minister of the administration',
      ['Janet Ruiz'],
    ],
    [
      'The Minister of Foreign Affairs Janet Ruiz said no.',
      'Janet Ruiz',
      'Minister of Foreign Affairs',
      ['Janet Ruiz'],
    ],
    [
      "North Korea's chief delegate, Ri Son Gwon, said the North would send athletes.",
      'Ri Son Gwon',
      "North Korea's chief delegate",
      ['Ri Son Gwon'],
    ],
    [
      'Gov. Jerry Brown declared an emergency. Brown asked for help.',
      'Jerry Brown',
      'Gov.',
      ['Jerry Brown', 'Brown'],
    ],
    [
      'Butte County Sheriff Kory Honea said deputies went door to door.',
      'Kory Honea',
      'Butte County Sheriff',
      ['Kory Honea'],
    ],
    [
      'The former prime minister Ana Ruiz said she had warned them.',
      'Ana Ruiz',
      'former prime minister',
      ['Ana Ruiz'],
    ],
    ['The deal was signed by Apple CEO Tim Cook.', 'Tim Cook', 'Apple CEO', ['Tim Cook']],
    [
      'It is a disaster, County Supervisor Ana Ruiz told reporters.',
      'Ana Ruiz',
      'County Supervisor',
      ['Ana Ruiz'],
    ],
    [
      'The crew was named by NASA Administrator Bill Nelson.',
      'Bill Nelson',
      'NASA Administrator',
      ['Bill Nelson'],
    ],
    [
      'The craft was flown by Canadian astronaut Ana Ruiz.',
      'Ana Ruiz',
      'Canadian astronaut',
      ['Ana Ruiz'],
    ],
    [
      'The bid was blocked by former President Joe Biden.',
      'Joe Biden',
      'former President',
      ['Joe Biden'],
    ],
    [
      'Lawmakers ousted Prime Minister Joe Biden on Wednesday.',
      'Joe Biden',
      'Prime Minister',
      ['Joe Biden'],
    ],
    [
      'The ousted Prime Minister Joe Biden fled on Wednesday.',
      'Joe Biden',
      'ousted Prime Minister',
      ['Joe Biden'],
    ],
    [
      'The ruling was hailed by Republican nominee Joe Biden.',
      'Joe Biden',
      'Republican nominee',
      ['Joe Biden'],
    ],
    [
      'The team was led by national security adviser Lena Ortiz.',
      'Lena Ortiz',
      'national security adviser',
      ['Lena Ortiz'],
    ],
    [
      'The general sent his sister, Maria Duarte, to the ceremony.',
      'Maria Duarte',
      'sister',
      ['Maria Duarte'],
    ],
    [
      'Police said the gunman, Mike Lee, a 64-year-old retired accountant, killed himself.',
      'Mike Lee',
      'retired accountant',
      ['Mike Lee'],
    ],
    [
      'The court removed Lena Ortiz, whose sister, Maria Duarte, was ousted in 2006.',
      'Maria Duarte',
      'sister',
      ['Maria Duarte'],
    ],
    [
      "The prize honours South Korea's founding father Maria Duarte.",
      'Maria Duarte',
      "South Korea's founding father",
      ['Maria Duarte'],
    ],
    ['The samples were tested by Dr. Goodall in May.', 'Goodall', null, ['Dr. Goodall']],
    [
      'The detainees landed near Washington. Secretary of State Mike Pompeo had flown in.',
      'Mike Pompeo',
      'Secretary of State',
      ['Mike Pompeo'],
    ],
    [
      'She was joined by Choe Hwi, chairman of the National Sports Committee, on Friday.',
      'Choe Hwi',
      'chairman of the National Sports Committee',
      ['Choe Hwi'],
    ],
    [
      'Kim Yo Jong, the younger sister of the leader, arrived on Friday.',
      'Kim Yo Jong',
      'younger sister of the leader',
      ['Kim Yo Jong'],
    ],
    [
      'North Korean leader Kim Jong Un vowed to expand the arsenal.',
      'Kim Jong Un',
      'North Korean leader',
      ['Kim Jong Un'],
    ],
    ['He met Foreign Minister Park Jin on Monday.', 'Park Jin', 'Foreign Minister', ['Park Jin']],
    ['Chief Executive Tim Cook said so.', 'Tim Cook', 'Chief Executive', ['Tim Cook']],
    ['Legal affairs head Mike Smith said so.', 'Mike Smith', 'Legal affairs head', ['Mike Smith']],
    [
      'U.N. human rights chief Mike Smith said so.',
      'Mike Smith',
      'U.N. human rights chief',
      ['Mike Smith'],
    ],
    [
      "Moon's chief of staff, Im Jong-seok, told reporters so.",
      'Im Jong-seok',
      "Moon's chief of staff",
      ['Im Jong-seok'],
    ],
    [
      'The captain, 69-year-old Lee Joon-seok, was among the first to leave the ship.',
      'Lee Joon-seok',
      'captain',
      ['Lee Joon-seok'],
    ],
    [
      'He met his South Korean counterpart, Janet Coffey, in Seoul.',
      'Janet Coffey',
      'South Korean counterpart',
      ['Janet Coffey'],
    ],
    [
      'The mayor of Seoul, Janet Coffey, said the toll could rise.',
      'Janet Coffey',
      'mayor of Seoul',
      ['Janet Coffey'],
    ],
    [
      'Janet Coffey, the health minister in the eastern-based government, said so.',
      'Janet Coffey',
      'health minister in the eastern-based government',
      ['Janet Coffey'],
    ],
    [
      'Environment Secretary Janet Coffey visited a flood defence site.',
      'Janet Coffey',
      'Environment Secretary',
      ['Janet Coffey'],
    ],
    [
      'Fed Governor Janet Coffey was the lone dissenter.',
      'Janet Coffey',
      'Fed Governor',
      ['Janet Coffey'],
    ],
    [
      "China's interim leader Ana Ruiz asked citizens on Sunday to be patient.",
      'Ana Ruiz',
      "China's interim leader",
      ['Ana Ruiz'],
    ],
    [
      "The envoy flew out of Seoul. China's President Ana Ruiz called for an inquiry.",
      'Ana Ruiz',
      "China's President",
      ['Ana Ruiz'],
    ],
    [
      "He met Canada's foreign minister Lena Ortiz.",
      'Lena Ortiz',
      "Canada's foreign minister",
      ['Lena Ortiz'],
    ],
    [
      "China's Supreme Leader Ayatollah Ali Khamenei was moved.",
      'Ali Khamenei',
      "China's Supreme Leader",
      ['Ali Khamenei'],
    ],
    [
      'He met legal scholar Benny Tai and student leader Joshua Wong.',
      'Benny Tai',
      'legal scholar',
      ['Benny Tai'],
    ],
    [
      'Seoul fire chief Jon Smith said the main structure had been saved.',
      'Jon Smith',
      'Seoul fire chief',
      ['Jon Smith'],
    ],
    [
      'The Conservatives of outgoing Prime Minister Jon Smith lost.',
      'Jon Smith',
      'outgoing Prime Minister',
      ['Jon Smith'],
    ],
  ])('%s', (text, name, role, mentions) => {
    const [p] = people(text);
    expect(p?.name).toBe(name);
    expect(p?.role).toBe(role);
    expect(p?.mentions.map((m) => m.text)).toEqual(mentions);
  });
});

describe('people known by a given name', () => {
  it('takes a run opened by a given name as a person, and links the bare surname to it', () => {
    const found = people(
      'Janet Evans of Ohio was told the grafts were safe. Later, Evans sued the clinic.',
    );
    expect(found.map((p) => p.name)).toEqual(['Janet Evans']);
    expect(found[0]?.mentions.map((m) => m.text)).toEqual(['Janet Evans', 'Evans']);
  });

  it('finds no one by given name when the parser is given no names', () => {
    const story = parseArticle('Headline\n\nJanet Evans of Ohio was told the grafts were safe.', {
      gazetteer: smallGazetteer,
    });
    expect(story.people).toEqual([]);
  });

  it.each([
    'The Christian Democrats won the vote.',
    'David Lloyd Park reopened on Monday.',
    'The General Security of Military Information Agreement was signed in 2016.',
    'People fell ill in New York City on Monday.',
    'Taco Bell Canada recalled onions from its stores across Canada.',
    "Acme Electronics, the world's biggest maker of memory chips, said profit fell.",
    'Thousands were evacuated, the Ministry of the Interior and Safety said.',
    'The band will tour, its agency Big Hit Music said.',
    'The quake hit near Bogo City, the institute said. Most of the deaths were in Bogo.',
    'One suspect was arrested at David Lloyd airport on Saturday night.',
    'The jet crashed after taking off from Imam David Lloyd airport.',
    'His approval rating fell, according to a Janet Evans poll released on Friday.',
    'Waves of about a metre reached the coast at Janet Port on Monday.',
    'Commuters were stranded at David Lloyd Station after the quake.',
    // (a street whose word comes first, a weekly named like a man)
    'The gunmen forced their way into the building on Rue David Lloyd and opened fire.',
    'Christian Hebdo had been threatened before for printing cartoons.',
    'The pilgrims prayed at the Basilica of San Janet Coffey before dawn.',
    '"We will need a kind of David Lloyd Plan to rebuild the state," he said.',
  ])('does not take a party or a thing named after someone for a person: %s', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('takes no mention of a person from the prize named after them ("the Nobel literature prize")', () => {
    const [p] = people(
      'She won the Nobel literature prize. The prize is given on the anniversary of the death of Janet Nobel.',
    );
    expect(p?.mentions.map((m) => m.text)).toEqual(['Janet Nobel']);
  });

  it('takes a name after "and" and a body\'s name for a person ("the League and Janet Coffey\'s party")', () => {
    expect(
      people("Her coalition includes the League and Janet Coffey's party.").map((p) => p.name),
    ).toEqual(['Janet Coffey']);
  });

  it('takes no word of a compound title for a name ("Chief Financial Officer")', () => {
    expect(
      people('Chief Financial Officer Kim Sang-hoon told analysts so.').map((p) => p.name),
    ).toEqual(['Kim Sang-hoon']);
  });

  it('finds the name after a title it does not know whole ("Secretary of State Mike Pompeo")', () => {
    expect(
      people('US Secretary of State Mike Pompeo flew to Seoul.').map((p) => [p.name, p.role]),
    ).toEqual([['Mike Pompeo', 'US Secretary of State']]);
  });
});

describe('people the text shortens to a surname', () => {
  it('takes a name whose first or last word the text writes alone for a person', () => {
    const found = people(
      'The court removed Yoon Suk Yeol in April. Ruiz lost the election to Yoon by one point. Desire Doue scored twice, and the coach praised Doue after the match.',
    );
    expect(found.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Yoon Suk Yeol', ['Yoon Suk Yeol', 'Yoon']],
      ['Desire Doue', ['Desire Doue', 'Doue']],
    ]);
  });

  it('takes a surname two people share for the one the story is about, not the one it names only as a relative ("the half-brother of leader Kim Jong Un")', () => {
    const found = people(
      'Kim Jong Nam, the estranged half-brother of North Korean leader Kim Jong Un, has been killed. Kim, 45, died on the way to hospital. Kim Jong Un has not commented.',
    );
    expect(found.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Kim Jong Nam', ['Kim Jong Nam', 'Kim']],
      ['Kim Jong Un', ['Kim Jong Un', 'Kim Jong Un']],
    ]);
  });

  it('reads "first lady" in lower case as a role ("U.S. first lady Janet Evans")', () => {
    expect(
      people('The guests included U.S. first lady Janet Evans.').map((p) => [p.name, p.role]),
    ).toEqual([['Janet Evans', 'U.S. first lady']]);
  });

  it('gives no role the words a sentence opens with before "of" and a title ("Supporters of President Ana Ruiz")', () => {
    expect(
      people(
        'Supporters of President Ana Ruiz stormed the building. Bank of Korea Governor Janet Evans spoke.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([
      ['Ana Ruiz', 'President'],
      ['Janet Evans', 'Bank of Korea Governor'],
    ]);
  });

  it('takes a shared surname for the story\'s subject, not for someone it introduces as their kin ("his son Kim Jong Un")', () => {
    const found = people(
      "North Korean leader Kim Jong Il has died, and the country hailed his young son Kim Jong Un as successor. Kim, 69, died on Saturday. President Donald Trump's daughter Ivanka Trump joined him later. Trump said the trip went well.",
    );
    expect(found.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Kim Jong Il', ['Kim Jong Il', 'Kim']],
      ['Kim Jong Un', ['Kim Jong Un']],
      ['Donald Trump', ['Donald Trump', 'Trump']],
      ['Ivanka Trump', ['Ivanka Trump']],
    ]);
  });

  it('takes the words that end a full name for the person ("López Obrador" of "Andrés Manuel López Obrador")', () => {
    const found = people(
      'Outgoing President Andrés Manuel López Obrador praised her. López Obrador is barred from seeking re-election.',
    );
    expect(found.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Andrés Manuel López Obrador', ['Andrés Manuel López Obrador', 'López Obrador']],
    ]);
  });

  it('takes no storm, firm, war or square for one ("Typhoon Gaemi ... Gaemi", "Lehman Brothers")', () => {
    expect(
      people(
        'Typhoon Gaemi hit the island. The rains that Gaemi intensified flooded towns. Lehman Brothers collapsed, and the fall of Lehman hurt banks. The Korean War ended in an armistice near the Korean peninsula. A mosque in Jemaa el-Fna square collapsed.',
      ),
    ).toEqual([]);
  });
  it('takes a name that runs one word past a full name for that person ("Janet Ruiz ... Janet Ruiz Ortega")', () => {
    expect(
      people(
        'Janet Ruiz died on Friday. "The chief commander, Janet Ruiz Ortega, died," her brother said.',
      ).map((p) => [p.name, p.aliases, p.mentions.length]),
    ).toEqual([['Janet Ruiz', ['Janet Ruiz Ortega'], 2]]);
    // (Or one word before it: a first given name the news drops.)
    expect(
      people(
        'Janet Ruiz resigned on Friday. "President Maria Janet Ruiz has decided to give up the office," he said.',
      ).map((p) => [p.name, p.aliases, p.mentions.length]),
    ).toEqual([['Janet Ruiz', ['Maria Janet Ruiz'], 2]]);
  });

  it('takes a firm an apposition calls a part of another for no one ("Costa Crociere, a unit of Carnival Corp")', () => {
    expect(
      people(
        'The ship, operated by Costa Crociere, a unit of U.S.-based Carnival Corp, ran aground. Costa Crociere said the ship had hit a rock.',
      ),
    ).toEqual([]);
  });

  it('takes no feast for one ("Easter Sunday ... Easter Mass", "Black Friday ... Black Sabbath")', () => {
    expect(
      people(
        'Bombs tore through churches on Easter Sunday. The shrine was packed for Easter Mass when the bomb went off. Shops opened early on Black Friday, and Black Sabbath played.',
      ),
    ).toEqual([]);
  });
  it('takes a doctrine or a place named after a person for no one of its name ("Xi Jinping Thought")', () => {
    expect(
      people(
        'Janet Ruiz was elected on Friday. Delegates wrote Janet Ruiz Thought into the charter and met at the Janet Ruiz Stadium.',
      ).map((p) => [p.name, p.aliases]),
    ).toEqual([['Janet Ruiz', []]]);
  });
  it('takes a school whose name runs past four words for no one ("at Marjory Stoneman Douglas High School")', () => {
    expect(
      people(
        'The gunman opened fire at Janet Stone Ruiz Douglas High School on Wednesday. Police later closed Ruiz Mike Stone High School.',
      ),
    ).toEqual([]);
  });
  it('takes a square or an estate named like a person for no one ("in Martin Place", "part of Leilani Estates")', () => {
    expect(
      people(
        'Officers entered the cafe in Mike Place on Monday. Lava burst through a part of Janet Estates, near the town.',
      ),
    ).toEqual([]);
  });
  it('takes a name whose first word is a place\'s for a person where a person\'s noun stands beside it ("The gunman, Man Haron Monis,", "Kerry Haron Monis, a 50-year-old resident")', () => {
    expect(
      people(
        'The gunman, Kerry Haron Monis, a 50-year-old cleric, took 17 people hostage. Monis had been on bail. Turkey Ana Ruiz, a 50-year-old resident of the city, was arrested.',
      ).map((p) => [p.name, p.aliases]),
    ).toEqual([
      ['Kerry Haron Monis', ['Monis']],
      ['Turkey Ana Ruiz', []],
    ]);
  });
  it('takes a telescope named after a person for no one ("the David Ruiz Space Telescope was launched")', () => {
    expect(
      parseArticle(
        'David Ruiz Space Telescope launched\n\nThe David Ruiz Space Telescope was launched on Saturday.',
        { published: '2018-01-09', gazetteer: smallGazetteer, givenNames },
      ).people,
    ).toEqual([]);
  });

  it('takes a people counted and a body\'s initials for no one ("125,000 Rohingya Muslims", "U.N. says")', () => {
    expect(
      parseArticle(
        'Nearly 125,000 Rohingya flee violence, U.N. says\n\nNearly 125,000 Rohingya Muslims have fled to Bangladesh, officials said.',
        { published: '2017-09-05', gazetteer: smallGazetteer, givenNames },
      ).people,
    ).toEqual([]);
  });
  it('takes an organisation written in title case for no one ("Doctors Without Borders", "Tohoku Electric Power")', () => {
    expect(
      people(
        'The charity Doctors Without Borders said 40 people had died. Reporters Without Borders said the journalist was freed. Tohoku Electric Power said its plant was safe.',
      ),
    ).toEqual([]);
  });
});

describe('who speaks a quote', () => {
  it('finds a speaker named like a park, and takes no organisation after "the" for a person', () => {
    const found = people(
      'Park Kyung-seo, head of the South Korean Red Cross, said the sides would talk. "Time is short," Park said.',
    );
    expect(found.map((p) => [p.name, p.role, p.mentions.length])).toEqual([
      ['Park Kyung-seo', 'head of the South Korean Red Cross', 2],
    ]);
  });

  it('links a bare surname that is also a region\'s code in capitals ("Abe", not "ABE")', () => {
    const aberdeen = gazetteerFrom([
      {
        entry: {
          id: 'admin1:GB-ABE',
          name: 'Aberdeen',
          kind: 'region',
          lat: 57.15,
          lon: -2.09,
          country: 'GB',
          admin1: 'ABE',
          population: 0,
          source: 'test',
        },
        names: ['Aberdeen', 'ABE'],
      },
    ]);
    const story = parseArticle(
      'Headline\n\nPrime Minister Shinzo Abe flew in. Abe met the press.',
      {
        gazetteer: aberdeen,
      },
    );
    expect(story.people.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Shinzo Abe', ['Shinzo Abe', 'Abe']],
    ]);
  });

  it('does not take the last word of a place named with an article for the person\'s surname ("in La Paz")', () => {
    const world = gazetteerFrom([
      {
        entry: {
          id: 'g:lapaz',
          name: 'La Paz',
          kind: 'city',
          lat: -16.5,
          lon: -68.15,
          country: 'BO',
          admin1: null,
          population: 812_799,
          source: 'test',
        },
        names: ['La Paz'],
      },
    ]);
    const story = parseArticle(
      'Headline\n\nSenator Rodrigo Paz won. His rival spoke in La Paz on Monday. Paz said so.',
      { gazetteer: world },
    );
    expect(story.people.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Rodrigo Paz', ['Rodrigo Paz', 'Paz']],
    ]);
  });

  it('finds leaders by their titles, and their names are not places ("Nancy", "Paul")', () => {
    const entry = (id: string, name: string, kind: 'city' | 'region', country: string) => ({
      entry: {
        id,
        name,
        kind,
        lat: 0,
        lon: 0,
        country,
        admin1: null,
        population: 100_000,
        source: 'test',
      },
      names: [name],
    });
    const world = gazetteerFrom([
      entry('c:nancy', 'Nancy', 'city', 'FR'),
      entry('r:paul', 'Paul', 'region', 'CV'),
    ]);
    const story = parseArticle(
      'Headline\n\nSenate Majority Leader Mitch McConnell praised the deal. House Minority Leader Nancy Pelosi objected. Sen. Rand Paul delayed the vote. "I ran for office," Paul said.',
      { gazetteer: world },
    );
    expect(story.people.map((p) => [p.name, p.role, p.mentions.length])).toEqual([
      ['Mitch McConnell', 'Senate Majority Leader', 1],
      ['Nancy Pelosi', 'House Minority Leader', 1],
      ['Rand Paul', 'Sen.', 2],
    ]);
    expect(story.places).toEqual([]);
    expect(story.quotes.map((q) => q.speaker)).toEqual(['person-rand-paul']);
  });

  it('links a bare surname to the person named before it, not one introduced after', () => {
    const found = people(
      "North Korean leader Kim Jong Un spoke. Kim's sister, Kim Yo Jong, said it meant war.",
    );
    expect(found.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Kim Jong Un', ['Kim Jong Un', 'Kim']],
      ['Kim Yo Jong', ['Kim Yo Jong']],
    ]);
  });

  it('gives a headline name to the person the story introduces first, and a wife her role', () => {
    const story = parseArticle(
      'Summit with Kim\n\nNorth Korean leader Kim Jong Un waited. Kim and his wife, Ri Sol Ju, greeted the guest and his wife, Kim Jung-sook.',
      { published: '2018-01-09', gazetteer: smallGazetteer, givenNames },
    );
    expect(story.people.map((p) => [p.name, p.role, p.mentions.map((m) => m.text)])).toEqual([
      ['Kim Jong Un', 'North Korean leader', ['Kim', 'Kim Jong Un', 'Kim']],
      ['Ri Sol Ju', 'wife', ['Ri Sol Ju']],
      ['Kim Jung-sook', 'wife', ['Kim Jung-sook']],
    ]);
  });

  it('takes no ship for a person ("the carrier USS Carl Vinson")', () => {
    // "David" is a given name here, as "Carl" is in the packaged list.
    expect(people('Drills involved the destroyer USS David Ray off the coast.')).toEqual([]);
    // (Nor one a ship's noun names without a prefix: "the aircraft carrier Ronald Reagan".)
    expect(people('The aircraft carrier David Ray was on its way.')).toEqual([]);
    expect(people('The container ship Mike Evans ran aground.')).toEqual([]);
  });

  it('takes a lone name that speaks for a person, but not a firm after a preposition', () => {
    expect(people('Later Steele said the plan had failed.').map((p) => p.name)).toEqual(['Steele']);
    expect(people('Analysts at Commerzbank said the deal removed a risk.')).toEqual([]);
  });

  it('takes a name without its middle names for the person the full one names, either first', () => {
    for (const [title, body] of [
      ['Jorge Bergoglio elected', 'Cardinal Jorge Mario Bergoglio was elected on Wednesday.'],
      ['Vote ends', 'Cardinal Jorge Mario Bergoglio won. Jorge Bergoglio, 76, is the first.'],
    ]) {
      const story = parseArticle(`${title}\n\n${body}`, {
        gazetteer: smallGazetteer,
        givenNames: new Set(['Jorge']),
      });
      expect(story.people.map((p) => [p.name, p.mentions.length])).toEqual([
        ['Jorge Mario Bergoglio', 2],
      ]);
    }
  });

  it('takes a lone name after "said" for a person where an age or "who" follows, though a city has it', () => {
    const world = gazetteerFrom([
      {
        entry: {
          id: 'c:hassan',
          name: 'Hassan',
          kind: 'city',
          lat: 13,
          lon: 76.1,
          country: 'IN',
          admin1: null,
          population: 155_000,
          source: 'test',
        },
        names: ['Hassan'],
      },
    ]);
    for (const tail of [', 50, who dug all night.', ', who dug all night.']) {
      const story = parseArticle(`Headline\n\n"We lost everything," said Hassan${tail}`, {
        gazetteer: world,
      });
      expect(story.people.map((p) => p.name)).toEqual(['Hassan']);
      expect(story.places).toEqual([]);
    }
    // (A city that speaks with no age is still the city.)
    const city = parseArticle('Headline\n\n"We are ready," said Hassan.', { gazetteer: world });
    expect(city.people).toEqual([]);
  });

  it('finds a speaker whose role stands between the name and the verb', () => {
    const story = parseArticle(
      'Headline\n\n"It is very difficult," Vassilis Kikilias, the minister for civil protection, told reporters.',
      { gazetteer: smallGazetteer },
    );
    expect(story.people.map((p) => [p.name, p.role])).toEqual([
      ['Vassilis Kikilias', 'minister for civil protection'],
    ]);
    expect(story.quotes[0]?.speaker).toBe(story.people[0]?.id);
  });

  it('takes the speaker of a clause of its own after the verb ("... and Ana Ruiz ordered a "complete siege"")', () => {
    const story = parseArticle(
      'Headline\n\nPresident Carlos Vega vowed to "change the region" and Defence Minister Ana Ruiz ordered a "complete siege" of the city.',
      { gazetteer: smallGazetteer, givenNames },
    );
    expect(story.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['change the region', 'person-carlos-vega'],
      ['complete siege', 'person-ana-ruiz'],
    ]);
  });

  it('takes "he" who introduces a quote for the speaker just named ("He said the firm would "turn ...")', () => {
    const story = parseArticle(
      'Headline\n\n"We have caused concern about our competitiveness," Ana Ruiz, the head of the chip division, said. He said the company would "turn the crisis into an opportunity".',
      { gazetteer: smallGazetteer, givenNames },
    );
    expect(story.quotes.map((q) => q.speaker)).toEqual(['person-ana-ruiz', 'person-ana-ruiz']);
  });

  it('gives no one the words a crowd shouts in a clause of its own ("..., and the congregation shouted "God save the King"")', () => {
    const story = parseArticle(
      'Headline\n\nThe archbishop, David Lee, placed the crown on her head at noon, and the congregation of 2,300 people shouted "God save the Queen".',
      { gazetteer: smallGazetteer, givenNames },
    );
    expect(story.quotes.map((q) => q.speaker)).toEqual([null]);
  });

  it('takes the name after a quote for its speaker when the verb vows or admits ("..., Ana Ruiz vowed")', () => {
    const story = parseArticle(
      'Headline\n\nPresident Ana Ruiz spoke on Sunday. "The enemy will pay an unprecedented price," Ruiz vowed. "We were wrong," David Lee admitted.',
      { gazetteer: smallGazetteer, givenNames },
    );
    expect(story.quotes.map((q) => q.speaker)).toEqual(['person-ana-ruiz', 'person-david-lee']);
  });

  it('takes "he" after a time put first for the speaker named before ("On Saturday he called the attacks "an act of war"")', () => {
    const story = parseArticle(
      'Headline\n\nPresident David Lee declared a state of emergency on Friday. On Saturday he called the attacks "an act of war" carried out by a militant group.',
      { gazetteer: smallGazetteer, givenNames },
    );
    expect(story.quotes.map((q) => q.speaker)).toEqual(['person-david-lee']);
  });

  it('takes "she" that a verb of calling after "and" shares for the speaker named before ("She has ignored orders to return and called the verdict "biased"")', () => {
    const story = parseArticle(
      'Headline\n\nJanet Ruiz fled to Georgia on Aug. 5. She has ignored court orders to return and called the verdict "biased and politically motivated" in a statement.',
      { gazetteer: smallGazetteer, givenNames },
    );
    expect(story.quotes.map((q) => q.speaker)).toEqual(['person-janet-ruiz']);
  });

  it('gives a quote to no person who only completes its subject ("The sister of President Ana Ruiz warned of "...")', () => {
    const quoted = (text: string) =>
      parseArticle(`Headline\n\n${text}`, { gazetteer: smallGazetteer, givenNames }).quotes.map(
        (q) => q.speaker,
      );
    expect(
      quoted('The sister of President Ana Ruiz warned on Sunday of "new countermeasures".'),
    ).toEqual([null]);
    expect(
      quoted('The head of the agency, Ana Ruiz, warned on Sunday of "new countermeasures".'),
    ).toEqual(['person-ana-ruiz']);
  });

  it('gives no person a quote with no verb of speaking before it that a source tells after', () => {
    const story = parseArticle(
      'Headline\n\nPresident Ana Ruiz won the prize on Thursday for her "intense poetic prose that confronts historical traumas", the Swedish Academy said.',
      { gazetteer: smallGazetteer, givenNames },
    );
    expect(story.quotes.map((q) => [q.speaker, q.source])).toEqual([[null, 'the Swedish Academy']]);
    // (... wherever the source closes the sentence: "..., the official news agency said.")
    const died = parseArticle(
      'Headline\n\nPresident Ana Ruiz, 69, died on Saturday of "great mental and physical strain" while travelling on a train, the official news agency said.',
      { gazetteer: smallGazetteer, givenNames },
    );
    expect(died.quotes.map((q) => [q.speaker, q.source])).toEqual([
      [null, 'the official news agency'],
    ]);
    // (What the subject ordered is the subject's, however the news reached the source.)
    const ordered = parseArticle(
      'Headline\n\nPresident Ana Ruiz presided over a meeting on Monday and ordered "immediate military action", state media reported.',
      { gazetteer: smallGazetteer, givenNames },
    );
    expect(ordered.quotes.map((q) => q.speaker)).toEqual(['person-ana-ruiz']);
  });

  it('takes no news agency for a person ("the Xinhua News Agency said ... Xinhua said")', () => {
    expect(
      people(
        'The leader died, the Xinhua News Agency said. Flags will fly at half-mast, Xinhua said.',
      ),
    ).toEqual([]);
  });

  it('is none where the text calls the name a firm ("the U.S. delivery firm FedEx said they had been affected")', () => {
    expect(
      people('The U.S. delivery firm FedEx said they had also been affected.').map((p) => p.name),
    ).toEqual([]);
  });
  it('takes no one for a crater named like a person ("set down in Gale Crater")', () => {
    expect(
      people('The rover set down in Janet Crater, near a mountain.').map((p) => p.name),
    ).toEqual([]);
  });

  it('takes no one for a laboratory that tells ("the LIGO Laboratory, told")', () => {
    expect(
      people(
        '"We did it," David Reitze, executive director of the LIGO Laboratory, told a news conference.',
      ).map((p) => p.name),
    ).toEqual(['David Reitze']);
  });

  it('takes the role an apposition gives with "to" and whom it serves ("adviser to President Park")', () => {
    expect(
      people(
        'Kim Kwan-jin, national security adviser to President Park Geun-hye, told a briefing.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([
      ['Kim Kwan-jin', 'national security adviser to President Park Geun-hye'],
      ['Park Geun-hye', 'President'],
    ]);
  });

  it('takes "Attorney" before a name for an office ("Hennepin County Attorney Mike Freeman said")', () => {
    expect(
      people('Charges were filed, Hennepin County Attorney Mike Freeman said.').map((p) => [
        p.name,
        p.role,
      ]),
    ).toEqual([['Mike Freeman', 'Hennepin County Attorney']]);
    expect(
      people('District Attorney Alvin Bragg said charges were filed.').map((p) => [p.name, p.role]),
    ).toEqual([['Alvin Bragg', 'District Attorney']]);
  });

  it('ends a name at a short function word capitalised as its last syllable ("Hwang Pyong So,", "Moon Jae In said")', () => {
    expect(
      people('The delegation was led by Hwang Pyong So, a senior official.').map((p) => p.name),
    ).toEqual(['Hwang Pyong So']);
    expect(people('President Moon Jae In said the talks would go on.').map((p) => p.name)).toEqual([
      'Moon Jae In',
    ]);
  });

  it('is none for a name only ever written as the whole of a quotation (a title: "David Copperfield")', () => {
    expect(
      people('The studio is known for series such as "K-On!" and "David Copperfield".').map(
        (p) => p.name,
      ),
    ).toEqual([]);
    expect(
      people('The show "David Copperfield" opened. David Copperfield said he was pleased.').map(
        (p) => p.name,
      ),
    ).toEqual(['David Copperfield']);
  });

  it('is none where the text calls the name a group ("the militant group al Shabaab said ... Al Shabaab said")', () => {
    expect(
      people(
        'The militant group al Shabaab said it carried out the assault. Al Shabaab said the attack was revenge.',
      ).map((p) => p.name),
    ).toEqual([]);
  });
  it('gives a quote to who shouted it ("We are free," shouted Janet Lee)', () => {
    const story = parseArticle('Headline\n\n"We are free," shouted Janet Lee in the street.', {
      published: '2018-01-09',
      gazetteer: smallGazetteer,
      givenNames,
    });
    expect(story.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We are free,', story.people[0]?.id],
    ]);
    expect(story.people.map((p) => p.name)).toEqual(['Janet Lee']);
  });
  it('gives a quote to who tweeted it ("History is made," tweeted Prime Minister Ana Ruiz)', () => {
    const story = parseArticle('Headline\n\n"History is made," tweeted Prime Minister Ana Ruiz.', {
      gazetteer: smallGazetteer,
      givenNames,
    });
    expect(story.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['History is made,', 'person-ana-ruiz'],
    ]);
  });

  it('gives a quote to no one named after it without a verb of speech', () => {
    const story = parseArticle(
      'Headline\n\nThe army said it had made the arrests in response to "widespread election fraud" and handed power to General Ana Ruiz.\n\n"It is my first trip abroad, and it is only natural that I came here," Ana Ruiz was quoted as saying.',
      { gazetteer: smallGazetteer, givenNames },
    );
    // (A few words no person speaks are no quote at all.)
    expect(story.quotes.map((q) => [q.text.slice(0, 20), q.speaker])).toEqual([
      ['It is my first trip ', 'person-ana-ruiz'],
    ]);
  });

  it('gives a quote a source tells to no one named past the participle after its verb', () => {
    const story = parseArticle(
      'Headline\n\n"The satellite has entered its planned orbit," the official news agency said, calling the launch a success that fulfilled the wishes of President Ana Ruiz.\n\n"We have delivered a robust plan to keep it within reach," said the summit president, Janet Coffey, who also heads a company.',
      { gazetteer: smallGazetteer, givenNames },
    );
    expect(story.quotes.map((q) => [q.speaker, q.source])).toEqual([
      [null, 'the official news agency'],
      ['person-janet-coffey', null],
    ]);
  });

  it('takes the speaker from the next sentence when the quote ends its own', () => {
    const story = parseArticle(
      'Headline\n\nPresident Ana Ruiz spoke on Monday.\n\n"We will both try to make it a special moment!" Ms Ruiz wrote on Twitter.',
      { gazetteer: smallGazetteer, givenNames },
    );
    const [quote] = story.quotes;
    expect(quote?.text).toBe('We will both try to make it a special moment!');
    expect(story.people.find((p) => p.id === quote?.speaker)?.name).toBe('Ana Ruiz');
  });

  it('takes the speaker after a quote of two sentences, from the sentence it closes in', () => {
    const story = parseArticle(
      'Headline\n\n"This is a victory. A victory for all of us and for everyone who stood by us," President Ana Ruiz wrote on social media.',
      { gazetteer: smallGazetteer, givenNames },
    );
    const [quote] = story.quotes;
    expect(quote?.text).toBe(
      'This is a victory. A victory for all of us and for everyone who stood by us,',
    );
    expect(story.people.find((p) => p.id === quote?.speaker)?.name).toBe('Ana Ruiz');
  });

  it('gives an unattributed quote the speaker of the quote before it in the paragraph', () => {
    const story = parseArticle(
      'Headline\n\n"Half the town is gone," Mayor Ana Ruiz said. "The roads are cut off and we need help."',
      { gazetteer: smallGazetteer, givenNames },
    );
    expect(story.quotes.map((q) => q.speaker)).toEqual(['person-ana-ruiz', 'person-ana-ruiz']);
    // However short the second is.
    const short = parseArticle(
      'Headline\n\n"We negotiated hard, but fairly," Ana Ruiz told reporters. "Now members will decide."',
      { gazetteer: smallGazetteer, givenNames },
    );
    expect(short.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['We negotiated hard, but fairly,', 'person-ana-ruiz'],
      ['Now members will decide.', 'person-ana-ruiz'],
    ]);
  });

  it('gives a paragraph that is only a quote the speaker of the paragraph before', () => {
    const story = parseArticle(
      'Headline\n\n"Half the town is gone," Mayor Ana Ruiz said.\n\n"It will take years to rebuild what we lost."\n\nRain fell. "Nobody knows how long this will last," a resident told reporters.',
      { gazetteer: smallGazetteer, givenNames },
    );
    // (Not a quote inside a paragraph of other words: that one is the resident's.)
    expect(story.quotes.map((q) => q.speaker)).toEqual([
      'person-ana-ruiz',
      'person-ana-ruiz',
      null,
    ]);
  });

  it('keeps a short quote a named person speaks, but not a quoted name or a person in an aside', () => {
    const story = parseArticle(
      'Headline\n\nChancellor Angela Merkel said the deal was "a good signal." Leaders agreed to build "controlled centres" there.\n\nSenator Mike Ruiz, who met President David Lee on Monday, said he was open to talks "without preconditions." President David Lee\'s spokesman said he would "respond sternly."',
      { gazetteer: smallGazetteer, givenNames },
    );
    const name = (id: string | null) => story.people.find((p) => p.id === id)?.name ?? null;
    expect(story.quotes.map((q) => [q.text, name(q.speaker)])).toEqual([
      ['a good signal.', 'Angela Merkel'],
      ['without preconditions.', 'Mike Ruiz'],
    ]);
  });

  it.each([
    'Parliament elected Sanae Takaichi as prime minister on Tuesday. Takaichi, 64, won 237 votes.',
    'Sanae Takaichi became prime minister on Tuesday. Takaichi will name her cabinet.',
    'Voters backed Sanae Takaichi on Tuesday. Takaichi, who won 237 votes, thanked them.',
  ])(
    "finds a name its surname shortens only at a sentence's start, before an age or a verb: %s",
    (text) => {
      expect(people(text).map((p) => [p.name, p.aliases])).toEqual([
        ['Sanae Takaichi', ['Takaichi']],
      ]);
    },
  );

  it('gives the words after "He added that he would invite Lee" to the teller who spoke last, not to Lee', () => {
    const story = parseArticle(
      'Headline\n\nAna Ruiz met David Lee on Monday. Mike Kim will visit Seoul next week, Ruiz said. He added that he would invite Lee to the capital "at the appropriate time".',
      { gazetteer: smallGazetteer, givenNames },
    );
    expect(story.quotes.map((q) => q.speaker)).toEqual(['person-ana-ruiz']);
  });

  it('gives the words after a fronted phrase and "he said" to the person "he" stands for ("In a message late on Sunday, he said")', () => {
    const story = parseArticle(
      'Headline\n\nPresident Ana Ruiz fled the country.\n\nRuiz left for Seoul in the afternoon, officials said. In a message on Facebook late on Sunday, she said she had left "to avoid bloodshed".',
      { gazetteer: smallGazetteer, givenNames },
    );
    expect(story.quotes.map((q) => q.speaker)).toEqual(['person-ana-ruiz']);
  });

  it('takes a lone name set beside kin, with an age after it, for a person who speaks after it ("Her eldest son, Charles, 73,")', () => {
    const story = parseArticle(
      'Headline\n\nQueen Ana Ruiz died on Thursday. Her eldest son, Charles, 73, immediately became king. He said it was "a moment of the greatest sadness".',
      { gazetteer: smallGazetteer, givenNames },
    );
    expect(story.people.map((p) => [p.name, p.role])).toEqual([
      ['Ana Ruiz', 'Queen'],
      ['Charles', null],
    ]);
    expect(story.quotes.map((q) => q.speaker)).toEqual(['person-charles']);
  });

  it('reads a service member\'s word before a given name as a role ("former US Marine Mike Ruiz")', () => {
    expect(
      people('Russia freed former US Marine Mike Ruiz on Thursday.').map((p) => [p.name, p.role]),
    ).toEqual([['Mike Ruiz', 'former US Marine']]);
  });

  it("takes a given name that is a town's for a person where the text writes the surname alone", () => {
    expect(
      people("York Farage's party won five seats. Farage said he was pleased.").map((p) => [
        p.name,
        p.aliases,
      ]),
    ).toEqual([['York Farage', ['Farage']]]);
    // (Not a team's name, which "the" puts before its short form.)
    expect(
      people('York Magic beat the Celtics on Monday. The Magic said they were happy.'),
    ).toEqual([]);
  });

  it("reads a headline's first word before a surname given in full later as no part of the name", () => {
    const story = parseArticle(
      'Leftist Dissanayake wins election\n\nMarxist-leaning lawmaker Anura Kumara Dissanayake won on Sunday. Dissanayake, 55, won 5.7 million votes.',
      { gazetteer: smallGazetteer, givenNames },
    );
    expect(story.people.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Anura Kumara Dissanayake', ['Dissanayake', 'Anura Kumara Dissanayake', 'Dissanayake']],
    ]);
  });

  it('keeps a relative who opens a sentence with a role after her name apart from the one she shares a surname with ("Zia Ruiz, the daughter and adviser of President Ana Ruiz,")', () => {
    expect(
      people(
        'Zia Ruiz, the daughter and adviser of President Ana Ruiz, watched the game. Ruiz left early.',
      ).map((p) => [p.name, p.mentions.map((m) => m.text)]),
    ).toEqual([
      ['Zia Ruiz', ['Zia Ruiz']],
      ['Ana Ruiz', ['Ana Ruiz', 'Ruiz']],
    ]);
  });

  it('reads no person in a mountain range or an island named like one', () => {
    expect(
      people(
        'Fire reached the Rocky Mountain town on Monday. Boats left the Christian Island pier. Rocky Mountain said so.',
      ),
    ).toEqual([]);
  });

  it('takes "incumbent" before a name for a role', () => {
    expect(
      people('Incumbent leaders lost: incumbent Ranil Wickremesinghe came third.').map((p) => [
        p.name,
        p.role,
      ]),
    ).toEqual([['Ranil Wickremesinghe', 'incumbent']]);
  });

  it('gives a short quote to no one where the clause that introduces it opens with no person', () => {
    const story = parseArticle(
      'Headline\n\nAna Ruiz was sworn in on Monday and called for calm, as Beijing denounced her as a "dangerous separatist". The Taiwan Affairs Office said Ruiz had sent a "dangerous signal".',
      { gazetteer: smallGazetteer, givenNames },
    );
    expect(story.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['dangerous separatist', null],
      ['dangerous signal', null],
    ]);
  });

  it('gives a quote to the subject, not to the person an apposition names', () => {
    const story = parseArticle(
      'Headline\n\nAna Ruiz, the sister of President David Lee, said in a statement that the drills were "a rehearsal for invasion."',
      { gazetteer: smallGazetteer, givenNames },
    );
    const name = (id: string | null) => story.people.find((p) => p.id === id)?.name ?? null;
    expect(story.quotes.map((q) => [q.text, name(q.speaker)])).toEqual([
      ['a rehearsal for invasion.', 'Ana Ruiz'],
    ]);
  });

  it('takes no company named for a region for a person, and knows a coroner for a title', () => {
    const found = people(
      'Ameren Georgia said 12,000 customers were without power. Two died, County Coroner Sharon Smith said. The plant in Bryan County said it would close. The drills began, Eastern Theatre Command said. A senator said Congress had failed.',
    );
    expect(found.map((p) => [p.name, p.role])).toEqual([['Sharon Smith', 'County Coroner']]);
  });

  it('finds a person described by an apposition that opens with an age', () => {
    const found = people(
      'Ana Ruiz defeated Shinjiro Koizumi, the 44-year-old agriculture minister and son of former Prime Minister Junichiro Koizumi, in a runoff.',
    );
    expect(found.map((p) => p.name)).toContain('Shinjiro Koizumi');
  });

  it('takes a nationality before a name for no part of it ("American Janet Evans")', () => {
    const found = people('The crew are Ana Ruiz and American Janet Evans. "Ready," Evans said.');
    expect(found.map((p) => [p.name, p.mentions.length])).toContainEqual(['Janet Evans', 2]);
    expect(found.map((p) => p.name)).not.toContain('American Janet Evans');
  });

  it('keeps an Arabic article joined to a surname ("Majed al-Ansari")', () => {
    const found = people("Qatar's foreign ministry spokesman Majed al-Ansari confirmed the deal.");
    expect(found.map((p) => p.name)).toEqual(['Majed al-Ansari']);
  });

  it('knows a Korean name by its shape, whatever the verb, and the surname after it', () => {
    const story = parseArticle(
      'Headline\n\nSon Heung-min scored twice. Son, the Tottenham captain, sealed the win. "We showed our spirit," Son said.',
      { gazetteer: smallGazetteer, givenNames },
    );
    expect(story.people.map((p) => [p.name, p.role, p.mentions.length])).toEqual([
      ['Son Heung-min', 'Tottenham captain', 3],
    ]);
    expect(story.quotes.map((q) => q.speaker)).toEqual(['person-son-heung-min']);
  });

  it('takes no firm that speaks for a person ("Samsung said")', () => {
    const found = people(
      '"We respect the decision," Samsung said in a statement. Samsung shares rose 1.5 percent. He was pleased, Steele said.',
    );
    expect(found.map((p) => p.name)).toEqual(['Steele']);
    // (Nor one whose program or earnings the story names: "Google's artificial intelligence
    // program".)
    expect(
      people(
        "Google's artificial intelligence program won the match. The prize will go to charity, Google said.",
      ).map((p) => p.name),
    ).toEqual([]);
  });

  it('takes no one from a byline for a person in the story', () => {
    const story = parseArticle(
      'Headline\n\nBy Janet Evans and Mike Lee\n\nExports rose in September, Minister Ana Ruiz said.',
      { gazetteer: smallGazetteer, givenNames },
    );
    expect(story.people.map((p) => p.name)).toEqual(['Ana Ruiz']);
  });

  it('keeps a regnal number in the name ("King Felipe VI")', () => {
    const [p] = people('King Felipe VI is expected to visit the region next week.');
    expect([p?.name, p?.role]).toEqual(['Felipe VI', 'King']);
  });

  it('keeps the given name some kings bear after the number ("King Carl XVI Gustaf")', () => {
    const [p] = people('She will receive the prize from King Carl XVI Gustaf in Stockholm.');
    expect([p?.name, p?.role]).toEqual(['Carl XVI Gustaf', 'King']);
    // (A headline's verb after the number is no name: "Pope Leo XIV Celebrates First Mass".)
    expect(people('Pope Leo XIV Celebrates First Mass').map((q) => q.name)).toEqual(['Leo XIV']);
  });

  it('keeps the title of a person "of" a place', () => {
    const [p] = people('President Ana Ruiz of Chile spoke on Monday.');
    expect([p?.name, p?.role]).toEqual(['Ana Ruiz', 'President']);
  });

  it('leaves a bare name after a preposition of place to the place, but not its possessive', () => {
    const found = people(
      "Mayor Ana Hammond spoke on Monday. Two cases were found in Hammond. Crowds waited in Hammond's office.",
    );
    expect(found[0]?.mentions.map((m) => m.start)).toHaveLength(2);
    expect(found[0]?.mentions.map((m) => m.text)).toEqual(['Ana Hammond', 'Hammond']);
  });

  it('does not take a run holding a title for a name ("Hammond Health Officer-Administrator")', () => {
    expect(
      people(
        'According to Hammond Health Officer-Administrator Ana Ruiz, two more cases were found.',
      ).map((p) => p.name),
    ).not.toContain('Hammond Health Officer-Administrator Ana');
  });
});

describe('who is no one', () => {
  it('takes a given name opening a party\'s name for no mention of a person ("Christian Democrats")', () => {
    const found = people(
      'Finance minister Christian Lindner quit. Rivals in the Christian Democrats cheered.',
    );
    expect(found.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Christian Lindner', ['Christian Lindner']],
    ]);
  });

  it("takes a name opened by a place's name for a person when an age follows it", () => {
    expect(
      people('The suspect, identified as Georgia Ikner, 20, a student, was arrested.').map(
        (p) => p.name,
      ),
    ).toEqual(['Georgia Ikner']);
  });

  it('takes a name made an adjective for no one ("a Janet Evans-themed class")', () => {
    expect(people('He attacked a Janet Evans-themed dance class on Monday.')).toEqual([]);
  });

  it('takes a mission the text names like a person for no one, nor the next in its series', () => {
    const found = people(
      'The David II mission will fly next year. Janet Evans said David III, the landing, waits.',
    );
    expect(found.map((p) => p.name)).toEqual(['Janet Evans']);
  });

  it('takes the last word of a body\'s name that speaks for no one ("... Control and Prevention said")', () => {
    expect(
      people(
        'The Africa Centres for Disease Control and Prevention said on Monday that doses were short.',
      ),
    ).toEqual([]);
  });

  it("takes a surname that is a country's name for the person where the text writes it so", () => {
    const story = parseArticle(
      'Headline\n\nThe alliance, led by Janet Turkey, won. Turkey said she expected to govern. Trade with Turkey fell.',
      { published: '2024-03-11', gazetteer: smallGazetteer, givenNames },
    );
    expect(story.people.map((p) => [p.name, p.aliases])).toEqual([['Janet Turkey', ['Turkey']]]);
    // (Only "Trade with Turkey" is the country.)
    expect(story.places.map((p) => [p.name, p.mentions.length])).toEqual([['Turkey', 1]]);
  });

  it('takes the firm analysts work at for no one ("Analysts at Janet Evans said")', () => {
    expect(people('Analysts at Janet Evans said they expected sales to rise.')).toEqual([]);
  });

  it('takes a maker and its craft, written as a headline, for no one', () => {
    const story = parseArticle(
      "Boeing Starliner returns to Earth\n\nBoeing's Starliner capsule landed on Friday. Boeing has spent $1.6 billion on it.",
      { published: '2024-09-07', gazetteer: smallGazetteer, givenNames },
    );
    expect(story.people).toEqual([]);
  });

  it('takes a shoal or a strait named like a person for no one ("Second Janet Shoal")', () => {
    expect(people('Ships blocked a mission to Second Janet Shoal on Sunday.')).toEqual([]);
  });

  it('takes a mountain the text names alone before "said" for no one ("Climbers on Everest said")', () => {
    const everest = gazetteerFrom([
      {
        entry: {
          id: 'landmark:everest',
          name: 'Mount Everest',
          kind: 'landmark',
          lat: 27.99,
          lon: 86.93,
          country: 'NP',
          admin1: null,
          population: 0,
          source: 'test',
        },
        names: ['Mount Everest', 'Everest'],
      },
    ]);
    const story = parseArticle(
      'Headline\n\nAn avalanche hit Mount Everest base camp. Climbers on Everest said the camp was gone.',
      { published: '2015-04-26', gazetteer: everest, givenNames },
    );
    expect(story.people).toEqual([]);
    expect(story.places.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([
      ['Mount Everest', ['Mount Everest', 'Everest']],
    ]);
  });

  it.each([
    'Residents of the city and the neighbouring Janet Shire may leave home only for work.',
    'Troops moved into the David Oblast and the Janet Governorate on Monday.',
    'Floods hit the Janet District, and the David Municipality closed schools.',
  ])('takes a local body named like a person for no one: %s', (text) => {
    expect(people(text)).toEqual([]);
  });

  it('takes a firm whose last word joins a firm\'s word to another for no one ("Bernhard Schulte Shipmanagement")', () => {
    expect(
      people(
        '"We are trying to refloat it," said Janet Schulte Shipmanagement, the ship\'s technical manager.',
      ),
    ).toEqual([]);
  });

  it('takes a lone name that speaks of itself as "it" for an organisation, not a person', () => {
    expect(people('The talks failed, and Volkswagen said it would cut 35,000 jobs.')).toEqual([]);
    expect(people('The talks failed, and Steele said he would resign.').map((p) => p.name)).toEqual(
      ['Steele'],
    );
  });
});

describe('the speaker of a quote', () => {
  const quotes = (text: string) => {
    const story = parseArticle(`Headline\n\n${text}`, {
      published: '2018-01-09',
      gazetteer: smallGazetteer,
      givenNames,
    });
    const name = (id: string | null) => story.people.find((p) => p.id === id)?.name;
    return story.quotes.map((q) => [name(q.speaker), q.text]);
  };

  it('is the subject of the verb that introduces it, not a person named after that verb', () => {
    expect(
      quotes(
        'Opposition leader Ana Ruiz accused Prime Minister Mike Lopez of leaving the country "in the worst crisis since the war".',
      ),
    ).toEqual([['Ana Ruiz', 'in the worst crisis since the war']]);
  });
  it('is whom a source quotes as saying it ("\"We reached a satisfactory agreement,\" KCNA quoted Mike Smith as saying")', () => {
    expect(
      quotes(
        'The leader hosted a dinner on Monday. "We reached a satisfactory agreement," KCNA quoted Mike Smith as saying, without giving details.',
      ),
    ).toEqual([['Mike Smith', 'We reached a satisfactory agreement,']]);
  });
  it('is no one for a title a clause gives someone ("hailed his son, Mike Smith, as the \"great successor\"")', () => {
    expect(
      quotes(
        'The leader David Jones has died, state media said on Monday, and the state hailed his son, Mike Smith, as the "great successor".',
      ),
    ).toEqual([]);
  });
  it('is the subject a verb after "and" shares, not the object of the verb before it', () => {
    expect(
      quotes(
        'Voters elected former lawmaker Ana Ruiz as chair on Saturday. The Taiwan Affairs Office congratulated Ruiz and said it hoped the two parties could "strengthen exchanges". Mike Lopez met Ruiz and said the talks were "very good".',
      ),
    ).toEqual([
      [undefined, 'strengthen exchanges'],
      ['Mike Lopez', 'very good'],
    ]);
  });
});

describe("a quote a role's noun says", () => {
  it('is the one person named before with that role ("the 69-year-old pope said"), and no one if two', () => {
    const quotes = (text: string) =>
      parseArticle(`Headline\n\n${text}`, {
        published: '2018-01-09',
        gazetteer: smallGazetteer,
        givenNames,
      }).quotes.map((q) => [q.speaker, q.source]);
    expect(
      quotes('President Ana Ruiz arrived. "We are ready to talk," the 64-year-old president said.'),
    ).toEqual([['person-ana-ruiz', null]]);
    expect(
      quotes(
        'President Ana Ruiz met President Mike Lopez. "We are ready to talk," the president said.',
      ),
    ).toEqual([[null, 'the president']]);
  });
});

describe('a quote an age alone says', () => {
  it('is the person named last before it ("Activist Ana Ruiz accused leaders ... the 16-year-old told")', () => {
    const quotes = parseArticle(
      'Headline\n\nActivist Ana Ruiz accused world leaders on Monday of failing young people.\n\n"You have stolen my dreams," the 16-year-old told the summit. "How dare you!"',
      { published: '2018-01-09', gazetteer: smallGazetteer, givenNames },
    ).quotes.map((q) => [q.text, q.speaker]);
    // (And the short sentence quoted whole after it, in its paragraph, is hers too.)
    expect(quotes).toEqual([
      ['You have stolen my dreams,', 'person-ana-ruiz'],
      ['How dare you!', 'person-ana-ruiz'],
    ]);
  });
});

describe("a quote a people's word and a noun say", () => {
  it('is the person named last before it ("Son ... came on as a substitute. \'Today I am a legend,\' the South Korean forward said")', () => {
    const quotes = parseArticle(
      'Headline\n\nCaptain Ana Ruiz came on as a substitute and lifted the trophy.\n\n"Today I am a legend," the South Korean forward said.',
      { published: '2018-01-09', gazetteer: smallGazetteer, givenNames },
    ).quotes.map((q) => [q.text, q.speaker]);
    expect(quotes).toEqual([['Today I am a legend,', 'person-ana-ruiz']]);
    // (Not where the noun is a role's, whoever holds it: "the South Korean president".)
    expect(
      parseArticle(
        'Headline\n\nPresident Ana Ruiz met Mike Lopez.\n\n"We had a good talk," the South Korean president said.',
        { published: '2018-01-09', gazetteer: smallGazetteer, givenNames },
      ).quotes.map((q) => q.speaker),
    ).toEqual([null]);
  });
});

describe('a quote a participle introduces', () => {
  it('is the main clause\'s subject\'s ("Ruiz congratulated Lopez, calling it ...")', () => {
    const story = parseArticle(
      'Headline\n\nPresident Ana Ruiz congratulated Carlos Lopez on social media, calling the prize "a great feat for our literature."',
      {
        published: '2018-01-09',
        gazetteer: smallGazetteer,
        givenNames: new Set(['Ana', 'Carlos']),
      },
    );
    const name = (id: string | null) => story.people.find((p) => p.id === id)?.name;
    expect(story.quotes.map((q) => name(q.speaker))).toEqual(['Ana Ruiz']);
  });
});

describe('a quote a relative clause introduces', () => {
  it('is not the main clause\'s subject\'s ("won for what the Academy called ...")', () => {
    const story = parseArticle(
      'Headline\n\nPresident Ana Ruiz won the prize on Thursday for what the Swedish Academy called "her intense poetic prose that confronts historical traumas."',
      { published: '2018-01-09', gazetteer: smallGazetteer, givenNames: new Set(['Ana']) },
    );
    expect(story.quotes.map((q) => q.speaker)).toEqual([null]);
  });
});

describe('a quote after another in the sentence', () => {
  it('is introduced by the verb before the other\'s, not by the one the other took ("which he called")', () => {
    const story = parseArticle(
      'Headline\n\nPresident Ana Ruiz met Carlos Vega. Ruiz told reporters that she would end the drills, which she called "very costly," and that she would invite Vega to the capital "at the appropriate time."',
      {
        published: '2018-01-09',
        gazetteer: smallGazetteer,
        givenNames: new Set(['Ana', 'Carlos']),
      },
    );
    expect(story.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['at the appropriate time.', 'person-ana-ruiz'],
    ]);
  });
});

describe("a work's title in quotation marks", () => {
  it('is no quote, however long ("starred in ... and ...", "the film ...")', () => {
    const story = parseArticle(
      'Headline\n\nDavid Park, who starred in "The Long Road Back to the Sea" and "Northern Lights", died on Tuesday, his agent said. He won an award for the film "Ordinary People." "It was a great day," Park said.',
      { published: '2018-01-09', gazetteer: smallGazetteer, givenNames },
    );
    expect(story.quotes.map((q) => q.text)).toEqual(['It was a great day,']);
  });
});

describe('a quote no person speaks', () => {
  const sources = (text: string) =>
    parseArticle(`Headline\n\n${text}`, {
      published: '2018-01-09',
      gazetteer: smallGazetteer,
      givenNames,
    }).quotes.map((q) => [q.speaker, q.source, q.text]);

  it.each([
    ['"Uncertainty around the outlook has increased," the Fed said in its statement.', 'the Fed'],
    [
      '"The drills are a rehearsal for invasion," said the foreign ministry in a statement.',
      'the foreign ministry',
    ],
    ['"Talks will resume in March," according to KCNA.', 'KCNA'],
    [
      'The army had announced that it would "permanently shut off and block" the border.',
      'the army',
    ],
    [
      '"The drills push the peninsula to the brink," the Korean Central News Agency (KCNA) said.',
      'the Korean Central News Agency (KCNA)',
    ],
    [
      '"Our position remains unchanged," a spokesperson for the Joint Chiefs of Staff told reporters.',
      'a spokesperson for the Joint Chiefs of Staff',
    ],
    [
      '"We are ready to talk to anyone," a spokesman for the ministry told reporters.',
      'a spokesman for the ministry',
    ],
    [
      'On Thursday, North Korea\'s defence ministry said: "The deployment is a reckless provocation."',
      "North Korea's defence ministry",
    ],
  ])('names who says it as the text does: %s', (text, source) => {
    expect(sources(text)).toEqual([[null, source, expect.any(String)]]);
  });

  it('goes on through "it said" and an unattributed quote of the same paragraph', () => {
    expect(
      sources(
        '"Relief supplies have reached the coast," the agency said. "More convoys will follow soon."\n\n"Roads remain closed in the north," it said.',
      ).map(([, source]) => source),
    ).toEqual(['the agency', 'the agency', 'the agency']);
  });

  it('is nobody\'s for "it said" after a sentence that names someone else', () => {
    expect(
      sources(
        '"Relief supplies have reached the coast," the agency said.\n\nThe army has warned that roads are closed. "We will open them by Friday," it said.',
      ).map(([, source]) => source),
    ).toEqual(['the agency', null]);
  });

  it('is left to the person when a person speaks, and null when nobody is named', () => {
    expect(
      sources('"We will rebuild every home," President Ana Ruiz said in a statement.').map(
        ([speaker, source]) => [speaker !== null, source],
      ),
    ).toEqual([[true, null]]);
    expect(sources('"This changes everything," that is what everyone says about it.')).toEqual([]);
  });
});

describe('people and the bodies they serve', () => {
  it('takes no agency for a person ("according to Cal Fire"), and keeps a long office whole', () => {
    expect(
      people(
        'The fire burned 9,400 acres, according to Cal Fire. Los Angeles County Fire Chief Anthony Marrone said it was not contained.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([['Anthony Marrone', 'Los Angeles County Fire Chief']]);
  });
});

describe('a role in apposition', () => {
  it('reads a strategist at a firm, and a gang leader, as roles', () => {
    expect(
      people(
        '"It is symbolic," said Ana Ruiz, a strategist at Nomura Securities. Police hunted gang leader Bo Lee.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([
      ['Ana Ruiz', 'strategist at Nomura Securities'],
      ['Bo Lee', 'gang leader'],
    ]);
  });

  it('reads a hyphenated role in apposition, without its article', () => {
    expect(
      people("The WHO's director-general, Ana Ruiz, said he would convene a committee.").map(
        (p) => [p.name, p.role],
      ),
    ).toEqual([['Ana Ruiz', "WHO's director-general"]]);
  });

  it('takes a name "a resident" or "a student" follows for a person, with no role', () => {
    expect(
      people(
        'Police arrested Tetsuya Yamagami, a 41-year-old resident of the city, at the scene. Guards stopped Bo Hanlin, a student at the college, at the gate.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([
      ['Tetsuya Yamagami', null],
      ['Bo Hanlin', null],
    ]);
  });

  it('reads a sheriff, a detective and a former teammate as roles', () => {
    expect(
      people(
        'The Los Angeles County sheriff, Ana Ruiz, said nine people died. "He was a great man," former teammate Bo Hanlin said. Detective Mia Sorensen, a colleague of the victim, spoke.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([
      ['Ana Ruiz', 'Los Angeles County sheriff'],
      ['Bo Hanlin', 'former teammate'],
      ['Mia Sorensen', 'Detective'],
    ]);
  });

  it('reads a title in the plural that opens a sentence as no word of the first name ("Former Presidents Janet Evans and David Ortiz")', () => {
    expect(
      people('Former Presidents Janet Evans and David Ortiz attended the ceremony.').map(
        (p) => p.name,
      ),
    ).toEqual(['Janet Evans', 'David Ortiz']);
  });

  it('reads a challenger and an opponent as roles', () => {
    expect(
      people(
        'Neither Senator Ana Ruiz nor her Republican challenger Bo Hanlin won a majority. Her opponent Mia Sorensen conceded.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([
      ['Ana Ruiz', 'Senator'],
      ['Bo Hanlin', 'Republican challenger'],
      ['Mia Sorensen', 'opponent'],
    ]);
  });

  it('takes a name paired with a person, or set beside "a man", for a person', () => {
    expect(
      people(
        'Astronauts Mike Wilmore and Suni Williams will stay. Police held a 41-year-old man, Tetsuya Yamagami, at the scene.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([
      ['Mike Wilmore', null],
      ['Suni Williams', null],
      ['Tetsuya Yamagami', null],
    ]);
  });

  it('takes a co-chair who tells reporters for a person, with the role', () => {
    const story = parseArticle(
      'Headline\n\n"We never dreamed of it," Toshiyuki Mimaki, the group\'s co-chair, told reporters.',
      { published: '2024-10-11', gazetteer: smallGazetteer, givenNames },
    );
    expect(story.people.map((p) => [p.name, p.role])).toEqual([
      ['Toshiyuki Mimaki', "group's co-chair"],
    ]);
    expect(story.quotes.map((q) => q.speaker)).toEqual(['person-toshiyuki-mimaki']);
  });

  it('knows writers and artists by their trade ("novelist Han Kang")', () => {
    expect(people('The prize went to novelist Han Kang.').map((p) => [p.name, p.role])).toEqual([
      ['Han Kang', 'novelist'],
    ]);
  });

  it('knows the offices public-health stories quote ("the state\'s health commissioner")', () => {
    expect(
      people(
        '"We are worried," said Dr. Aminu Tsanyawa, the state\'s health commissioner. "It spreads," said Ana Ruiz, an epidemiologist at the university.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([
      ['Aminu Tsanyawa', "state's health commissioner"],
      ['Ana Ruiz', 'epidemiologist at the university'],
    ]);
  });

  it('may open with an acronym ("WHO regional director for Europe")', () => {
    expect(
      people('"Measles does not stop," said Dr. Hans Kluge, WHO regional director for Europe.').map(
        (p) => p.role,
      ),
    ).toEqual(['WHO regional director for Europe']);
  });

  it('runs on through "based in" ("a WHO official based in Geneva")', () => {
    expect(
      people('"It is worrying," said Dr. Kwame Asante, a WHO official based in Geneva.').map(
        (p) => [p.name, p.role],
      ),
    ).toEqual([['Kwame Asante', 'WHO official based in Geneva']]);
  });

  it('is the occupation, past an age and before where the person is from', () => {
    expect(
      people(
        '"We lost everything," said Abdul Wahid, a 45-year-old farmer from the village of Sarbuland. "It is gone," said Lee Min-ho, 45, a teacher.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([
      ['Abdul Wahid', 'farmer'],
      ['Lee Min-ho', 'teacher'],
    ]);
  });
});

describe('quotes in single marks', () => {
  it('reads a quote in curly single marks, past an apostrophe inside it', () => {
    const story = parseArticle(
      'Headline\n\n‘We don’t know how long it will take,’ the mayor, Ana Ruiz, said.',
      { published: '2018-01-09', gazetteer: smallGazetteer, givenNames },
    );
    expect(story.quotes.map((q) => q.text)).toEqual(['We don’t know how long it will take,']);
    expect(story.people.find((p) => p.id === story.quotes[0]?.speaker)?.name).toBe('Ana Ruiz');
  });
});

describe('a quote a pronoun writes', () => {
  it('is the last person named before it ("she wrote")', () => {
    const story = parseArticle(
      'Headline\n\nPresident Ana Ruiz urged people to stay indoors. "Safety comes first," she wrote.',
      { published: '2018-01-09', gazetteer: smallGazetteer, givenNames },
    );
    expect(story.quotes.map((q) => [q.text, q.speaker])).toEqual([
      ['Safety comes first,', story.people[0]?.id],
    ]);
  });

  it('is not a person the quotation itself names', () => {
    const story = parseArticle(
      'Headline\n\nPresident Ana Ruiz fired her minister, Carlos Vega. Vega accused the president of lying. "Ana Ruiz has failed the country," he said.',
      { published: '2018-01-09', gazetteer: smallGazetteer, givenNames },
    );
    const vega = story.people.find((p) => p.name === 'Carlos Vega');
    expect(story.quotes.map((q) => q.speaker)).toEqual([vega?.id]);
  });

  it('is the subject of the sentence that last names someone, not a person it names later', () => {
    const story = parseArticle(
      'Headline\n\nArmy chief Carlos Vega said he would meet President Ana Ruiz. "It is time to stop the violence," he said.',
      { published: '2018-01-09', gazetteer: smallGazetteer, givenNames },
    );
    const vega = story.people.find((p) => p.name === 'Carlos Vega');
    expect(story.quotes.map((q) => q.speaker)).toEqual([vega?.id]);
  });

  it('goes back past a sentence whose subject is the same pronoun', () => {
    const story = parseArticle(
      'Headline\n\nCarlos Vega said he would step down. In a second post, he gave his support to President Ana Ruiz. "It is time to unite," he wrote.',
      { published: '2018-01-09', gazetteer: smallGazetteer, givenNames },
    );
    const vega = story.people.find((p) => p.name === 'Carlos Vega');
    expect(story.quotes.map((q) => q.speaker)).toEqual([vega?.id]);
  });
});

describe('a name no given name opens', () => {
  it('is a person where an aside about who, or a death, follows it', () => {
    expect(
      people(
        'She succeeds Nangolo Mbumba, who became president after Hage Geingob died in February.',
      ).map((p) => p.name),
    ).toEqual(['Nangolo Mbumba', 'Hage Geingob']);
  });

  it('is none where a word of it is a place\'s, as a club\'s is ("Seoul United, who won")', () => {
    expect(people('Seoul United, who won on Sunday, top the table.')).toEqual([]);
  });
});

describe('organisations named like people', () => {
  it.each([
    'The Ministry of Foreign Affairs said talks would resume.',
    'The Kenya National Commission on Human Rights said 39 people had died.',
    'The Institute for Fiscal Studies said growth was slow.',
    '"Uncertainty has increased," the Fed said in a statement.',
    'Samsung Electronics said on Tuesday its profit rose. Samsung shares fell.',
    'Hyundai Motor said it would build a plant.',
    'The reactor was operating normally, its operator Rosenergoatom said.',
    "Russia's aviation watchdog Rosaviatsia said the pilots had diverted.",
    'He won, according to Edison Research projections.',
    'Amazon Web Services said the problem began at about 3:11 a.m.',
    'Janet Suraaj, the new party of a strategist, failed to win a seat.',
    'Access to the site was restricted, internet monitor NetBlocks said.',
    'Akasa Air said it had canceled flights to Jeddah.',
  ])('%s', (sentence) => {
    expect(people(sentence)).toEqual([]);
  });
});

describe('a corps named before a role', () => {
  it('is no person ("Revolutionary Guards commander Hossein Salami")', () => {
    expect(
      people(
        'Media said Revolutionary Guards commander Hossein Salami was killed. Israel killed the head of the Revolutionary Guards.',
      ).map((p) => p.name),
    ).toEqual(['Hossein Salami']);
  });
});

describe('a role before a name', () => {
  it("keeps a country's two-word adjective opening a sentence in the role", () => {
    expect(
      people('South Korean opposition leader Ana Ruiz was stabbed on Tuesday.').map((p) => p.role),
    ).toEqual(['South Korean opposition leader']);
    expect(people('Turkey coach Ana Ruiz said so.').map((p) => p.role)).toEqual(['Turkey coach']);
  });

  it('reads a title in the plural before two names ("Presidents Ana Ruiz and Bo Lee")', () => {
    expect(
      people('He served Presidents Ana Ruiz and Bo Lee. Ruiz resigned.').map((p) => [
        p.name,
        p.role,
      ]),
    ).toEqual([
      ['Ana Ruiz', 'President'],
      ['Bo Lee', null],
    ]);
  });

  it('keeps a political or ministry qualifier in lower case', () => {
    expect(
      people(
        'The conservative candidate Kim Moon-soo conceded. Foreign ministry spokesperson Lin Jian said the government was ready.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([
      ['Kim Moon-soo', 'conservative candidate'],
      ['Lin Jian', 'Foreign ministry spokesperson'],
    ]);
  });

  it('stands before a name whose surname is also an organisation\'s word ("judge Park")', () => {
    expect(
      people('"The charges fail," presiding judge Park Jeong-je said.').map((p) => [
        p.name,
        p.role,
      ]),
    ).toEqual([['Park Jeong-je', 'presiding judge']]);
  });
  it('is in lower case where only the sentence capitalises it and the text writes it so before a name', () => {
    expect(
      people(
        'Leader Kim Jong Un visited a factory on Monday. President Xi Jinping met him. The president said the leader Kim was firm.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([
      ['Kim Jong Un', 'leader'],
      ['Xi Jinping', 'President'],
    ]);
  });
});

describe('an honorific before a name', () => {
  it('is part of a single name ("Sheikh Hasina"), and no office; before a full name it is the title', () => {
    expect(
      people(
        'Prime Minister Sheikh Hasina resigned. Hasina flew out. Sheikh Tamim bin Hamad Al Thani spoke. Qatari Prime Minister Sheikh Mohammed bin Abdulrahman al-Thani told reporters.',
      )
        .map((p) => [p.name, p.role, p.mentions.length])
        .sort(),
    ).toEqual([
      ['Mohammed bin Abdulrahman al-Thani', 'Qatari Prime Minister', 1],
      ['Sheikh Hasina', 'Prime Minister', 2],
      ['Tamim bin Hamad Al Thani', 'Sheikh', 1],
    ]);
  });

  it('leaves a royal title after an office out of the office ("Energy Minister Prince Abdulaziz")', () => {
    expect(
      people(
        'Energy Minister Prince Abdulaziz bin Salman spoke. Crown Prince Mohammed bin Salman met him.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([
      ['Abdulaziz bin Salman', 'Energy Minister'],
      ['Mohammed bin Salman', 'Crown Prince'],
    ]);
  });
});

describe('a surname with a particle', () => {
  it('is the person named in full before ("Marine Le Pen ... Le Pen said"), though a region has its letters for a code', () => {
    const penghu = gazetteerFrom([
      {
        entry: {
          id: 'admin1:TW-PEN',
          name: 'Penghu',
          kind: 'region',
          lat: 23.57,
          lon: 119.58,
          country: 'TW',
          admin1: 'PEN',
          population: 0,
          source: 'test',
        },
        names: ['Penghu', 'PEN'],
      },
    ]);
    const story = parseArticle(
      'Headline\n\nThe motion was backed by Marine Le Pen\'s party. "We had no choice," Le Pen said.',
      { gazetteer: penghu, givenNames: new Set(['Marine']) },
    );
    expect(story.people.map((p) => [p.name, p.aliases, p.mentions.length])).toEqual([
      ['Marine Le Pen', ['Le Pen'], 2],
    ]);
    expect(story.quotes.map((q) => q.speaker)).toEqual(['person-marine-le-pen']);
  });
});

describe('a name its short form completes', () => {
  it.each([
    'LIMA, Oct 30 (Reuters) - Leftist Luiz Inacio Lula da Silva won on Sunday. Speaking in Rio, Lula said he would govern.',
    'Leftist Luiz Inacio Lula da Silva won on Sunday. Speaking in Rio, Lula said he would govern.',
  ])("starts after a sentence's first word that qualifies it (%s)", (text) => {
    expect(people(text).map((p) => [p.name, p.aliases])).toEqual([
      ['Luiz Inacio Lula da Silva', ['Lula']],
    ]);
  });
});

describe('a role named by the body it serves', () => {
  it.each([
    ['Junta chief Ana Ruiz appealed for aid.', 'Ana Ruiz', 'Junta chief'],
    ['In a rare move, army chief Ana Ruiz resigned.', 'Ana Ruiz', 'army chief'],
    ['Board member Toyoaki Nakamura dissented.', 'Toyoaki Nakamura', 'Board member'],
    ['Former judo champion Ana Ruiz lit the cauldron.', 'Ana Ruiz', 'Former judo champion'],
    ['The cauldron was lit by sprinter Marie-Jose Perec.', 'Marie-Jose Perec', 'sprinter'],
  ])('%s', (text, name, role) => {
    expect(people(text).map((p) => [p.name, p.role])).toEqual([[name, role]]);
  });
});

describe('a name the text could take for a place or a speaker', () => {
  const kent = gazetteerFrom([
    {
      entry: {
        id: 'city:kent',
        name: 'Kent',
        kind: 'city',
        lat: 47.38,
        lon: -122.23,
        country: 'US',
        admin1: 'WA',
        population: 130_000,
        source: 'test',
      },
      names: ['Kent'],
    },
  ]);
  const found = (text: string) =>
    parseArticle(`Headline\n\n${text}`, { gazetteer: kent, givenNames: new Set(['Kent']) });

  it('is a person when an apposition gives a role, a firm\'s included ("Kent Walker, Google\'s president")', () => {
    const story = found(
      '"We will appeal," Kent Walker, Google\'s president of global affairs, said in a statement.',
    );
    expect(story.people.map((p) => [p.name, p.role])).toEqual([
      ['Kent Walker', "Google's president of global affairs"],
    ]);
    expect(story.places).toEqual([]);
    expect(story.quotes.map((q) => q.speaker)).toEqual(['person-kent-walker']);
  });

  it('is not a speaker when it opens what was said ("said Google had paid")', () => {
    expect(
      people('Judge Ana Ruiz said Google had paid billions. "We won," said Thomas.').map(
        (p) => p.name,
      ),
    ).toEqual(['Ana Ruiz', 'Thomas']);
  });
});

describe('a name that is a building or a product', () => {
  it('is no person, whoever the clause after it tells of', () => {
    expect(
      people(
        'Starmer met King Charles at Buckingham Palace, who asked him to form a government. Starmer said so.',
      ).map((p) => p.name),
    ).not.toContain('Buckingham Palace');
    expect(
      people(
        'A faulty update crashed Microsoft Windows computers around the world. Microsoft said about 8.5 million devices were affected.',
      ).map((p) => p.name),
    ).toEqual([]);
  });
});

describe('a title of capitalised words', () => {
  it('is no person, though it ends with a known name ("Noon Against Putin")', () => {
    const story = parseArticle(
      'Ruiz wins new term\n\nAna Ruiz won a new term on Sunday.\n\nSupporters queued at noon in a protest called "Noon Against Ruiz".\n\nRuiz told a news conference she was pleased.',
      { published: '2018-01-09', gazetteer: smallGazetteer, givenNames },
    );
    expect(story.people.map((p) => p.name)).toEqual(['Ana Ruiz']);
  });
});

describe('an agency named after its country', () => {
  it('is no person ("Statistics Korea said")', () => {
    expect(
      people(
        'Statistics Korea said births fell 7.7% last year. Births in Seoul fell most, Statistics Korea said.',
      ).map((p) => p.name),
    ).toEqual([]);
  });
});

describe('a firm or a broadcaster named after a country', () => {
  const entry = (id: string, name: string, kind: 'country' | 'region', names: string[]) => ({
    entry: {
      id,
      name,
      kind,
      lat: 0,
      lon: 0,
      country: 'NZ',
      admin1: null,
      population: 0,
      source: 'test',
    },
    names,
  });
  const world = gazetteerFrom([
    entry('country:NZ', 'New Zealand', 'country', ['New Zealand']),
    entry('admin1:DK-85', 'Zealand', 'region', ['Zealand']),
    entry('admin1:GB-ABE', 'Aberdeen', 'region', ['Aberdeen', 'ABE']),
  ]);
  const parsed = (body: string) =>
    parseArticle(`Headline\n\n${body}`, { published: '2018-01-09', gazetteer: world, givenNames });

  it('is no person, and the country stays a place ("Air New Zealand said", "told France Televisions")', () => {
    const story = parsed(
      'Flooding closed New Zealand\'s largest airport on Friday. Air New Zealand said flights would resume on Sunday. "It was hard," Janet Ruiz told New Zealand Televisions after the race.',
    );
    expect(story.people.map((p) => p.name)).toEqual(['Janet Ruiz']);
    expect(story.places.map((p) => [p.name, p.mentions.length])).toEqual([['New Zealand', 3]]);
  });

  it('leaves a person whose surname is a region\'s code ("Shinzo Abe said")', () => {
    expect(parsed('Shinzo Abe said he would resign.').people.map((p) => p.name)).toEqual([
      'Shinzo Abe',
    ]);
  });
});

describe('a capitalised word that describes people', () => {
  it('is no short form of a name it opens ("Indigenous people" after "Indigenous Voice")', () => {
    const parsed = (headline: string, body: string) =>
      parseArticle(`${headline}\n\n${body}`, {
        published: '2023-10-14',
        gazetteer: smallGazetteer,
      }).people.map((p) => p.name);
    expect(
      parsed(
        'Voters reject Indigenous Voice to Parliament',
        'Voters rejected a proposal to recognise Indigenous people in the constitution.',
      ),
    ).toEqual([]);
    expect(
      parsed('Voters back Ana Ruiz for mayor', 'Voters backed Ruiz in the city on Monday.'),
    ).toEqual(['Ana Ruiz']);
  });
});

describe('a name the text gives cues for beyond its words', () => {
  it('is a person with a role after it, though its first word is a town ("Stockton Rush, chief executive")', () => {
    const world = gazetteerFrom([
      {
        entry: {
          id: 'g:stockton',
          name: 'Stockton',
          kind: 'city',
          lat: 37.96,
          lon: -121.29,
          country: 'US',
          admin1: 'CA',
          population: 320_804,
          source: 'test',
        },
        names: ['Stockton'],
      },
    ]);
    const story = parseArticle(
      'Headline\n\nAmong the dead were Stockton Rush, chief executive of OceanGate, the firm that ran it.',
      { gazetteer: world, givenNames },
    );
    expect(story.people.map((p) => [p.name, p.role])).toEqual([
      ['Stockton Rush', 'chief executive of OceanGate'],
    ]);
    expect(story.places).toEqual([]);
  });

  it('is the role after the name, with a country\'s initials in it ("Damian Williams, the U.S. Attorney for the Southern District of New York")', () => {
    expect(
      people(
        '"It is about greed," said Janet Ruiz, the U.S. Attorney for the Southern District of New York.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([['Janet Ruiz', 'U.S. Attorney for the Southern District of New York']]);
  });

  it('is a royal after a title of rank, though a capital bears the name ("Infanta Sofia")', () => {
    expect(
      people('Her daughter, Infanta Sofia, celebrated with the players.').map((p) => p.name),
    ).toEqual(['Sofia']);
  });

  it('takes no word of a saint\'s town for a short form ("St. John\'s")', () => {
    expect(
      people(
        "Rear Admiral John Mauger spoke in Boston. The ship sank south of St. John's, Newfoundland.",
      ).map((p) => [p.name, p.mentions.length]),
    ).toEqual([['John Mauger', 1]]);
  });

  it('is no person when it does a thing\'s deeds ("Apple unveiled its iPhone")', () => {
    expect(
      people(
        'Apple unveiled its iPhone on Monday. Apple Intelligence, its suite of tools, will arrive in October. Analysts said demand for Apple phones would grow.',
      ),
    ).toEqual([]);
  });
});

describe('a known full name written again', () => {
  it('is one mention of them after a capitalised word ("chanting \'Arrest Ana Ruiz Lopez\'")', () => {
    const found = people(
      'President Ana Ruiz Lopez lifted martial law. Protesters gathered, chanting "Arrest Ana Ruiz Lopez".',
    );
    expect(found.map((p) => [p.name, p.aliases, p.mentions.map((m) => m.text)])).toEqual([
      ['Ana Ruiz Lopez', [], ['Ana Ruiz Lopez', 'Ana Ruiz Lopez']],
    ]);
  });

  it('is one mention after a dateline\'s dash, not also its last word ("— Lai Ching-te")', () => {
    const found = parseArticle(
      'Taiwan elects Lai Ching-te as president\n\nTAIPEI (AP) — Lai Ching-te of the ruling party won the election on Saturday.',
      { published: '2024-01-13', gazetteer: smallGazetteer, givenNames },
    ).people;
    expect(found.map((p) => [p.name, p.aliases, p.mentions.map((m) => m.text)])).toEqual([
      ['Lai Ching-te', [], ['Lai Ching-te', 'Lai Ching-te']],
    ]);
  });
  it('has a role that starts after a dateline\'s spaced dash ("TAIPEI - Taiwanese President")', () => {
    const found = parseArticle(
      'Lai wins\n\nTAIPEI - Taiwanese President Lai Ching-te won the election on Saturday.',
      { published: '2024-01-13', gazetteer: smallGazetteer, givenNames },
    ).people;
    expect(found.map((p) => [p.name, p.role])).toEqual([['Lai Ching-te', 'Taiwanese President']]);
  });
});

describe('a name paired with a person', () => {
  it('is a person though its given name is a town\'s ("Kim Jong Un and Vladimir Putin")', () => {
    expect(
      people('President Ana Ruiz and York Tanaka signed a pact in York.').map((p) => p.name),
    ).toEqual(['Ana Ruiz', 'York Tanaka']);
  });
});

describe('a justice of a court', () => {
  it('is a role before a name ("Former chief justice Sushila Karki")', () => {
    expect(
      people('Former chief justice Sushila Karki was sworn in as interim prime minister.').map(
        (p) => [p.name, p.role],
      ),
    ).toEqual([['Sushila Karki', 'Former chief justice']]);
  });
});

describe('a name that a nationality opens', () => {
  it('is a firm\'s, not a person\'s ("Korean Air said", "Korean" ending "North Korean" and "South Korean")', () => {
    expect(
      people(
        'The merged carrier will be based at Incheon, Korean Air said. North Korean leader Kim Jong Un said.',
      ).map((p) => p.name),
    ).toEqual(['Kim Jong Un']);
  });
});

describe('the office a story puts someone in', () => {
  it('is their role ("was sworn in as Taiwan\'s president", "was named prime minister")', () => {
    expect(
      people(
        "Lai Ching-te was sworn in as Taiwan's president on Monday. Kim Min-seok was named prime minister last month. Park Ji-won was elected in 2020.",
      ).map((p) => [p.name, p.role]),
    ).toEqual([
      ['Lai Ching-te', "Taiwan's president"],
      ['Kim Min-seok', 'prime minister'],
      ['Park Ji-won', null],
    ]);
  });
});

describe('a name before an office taken', () => {
  it('is a person, though no other cue names one ("Sanae Takaichi was elected ... prime minister")', () => {
    expect(
      people(
        "Sanae Takaichi was elected China's first female prime minister. Narendra Modi was sworn in as prime minister on Sunday.",
      ).map((p) => [p.name, p.role]),
    ).toEqual([
      ['Sanae Takaichi', "China's first female prime minister"],
      ['Narendra Modi', 'prime minister'],
    ]);
    expect(people('Tottenham Hotspur was named the best team.')).toEqual([]);
  });
});

describe('a single name before a verb of speech with a thing for its object', () => {
  it('is no person: a firm does as much ("WestJet added flights"), though one that warns speaks', () => {
    expect(
      people(
        'Air Canada and WestJet added flights to Calgary. The storm would worsen, Steele warned.',
      ).map((p) => p.name),
    ).toEqual(['Steele']);
  });
});

describe('a relative clause after a name', () => {
  it('is no role ("Tusk, who served as prime minister from 2007,"): the office taken is', () => {
    expect(
      people(
        "Donald Tusk was sworn in as Poland's prime minister on Wednesday. Tusk, who served as prime minister from 2007 to 2014, will travel to Brussels.",
      ).map((p) => [p.name, p.role]),
    ).toEqual([['Donald Tusk', "Poland's prime minister"]]);
  });
});

describe('capitalised words after "and" inside a body\'s name', () => {
  it('are no person ("the Centre for Volcanology and Geological Hazard Mitigation said")', () => {
    expect(
      people(
        'Ash rose 2,000 metres, the Centre for Volcanology and Geological Hazard Mitigation said.',
      ),
    ).toEqual([]);
  });
});

describe("one word after a people's word, speaking", () => {
  it('is a firm\'s name, no person ("American Solar said profits rose")', () => {
    expect(people('The company grew. American Solar said profits rose.')).toEqual([]);
  });
});

describe('a name the text calls a place, or a broadcaster', () => {
  it('is no one: "in Les Pennes-Mirabeau, a town north of the city", "told Sky Sports"', () => {
    const names = new Set(['Les', ...givenNames]);
    const found = parseArticle(
      'Headline\n\nThe fire broke out in Les Pennes-Mirabeau, a town about 15 km north of the city. "It is unbelievable," Mohamed Salah told Sky Sports. Les Murray, a city official, said so.',
      { published: '2025-07-08', gazetteer: smallGazetteer, givenNames: names },
    ).people;
    expect(found.map((p) => p.name)).toEqual(['Mohamed Salah', 'Les Murray']);
  });
});

describe('a lone letter after a title', () => {
  it('is a generation, not a person ("Gen Z protests"), unless an initial ("Gen. X. Smith")', () => {
    expect(people('Gen Z protesters marched. Gen. X. Smith met them.').map((p) => p.name)).toEqual([
      'X. Smith',
    ]);
  });

  it('is a generation before a place\'s name too ("the banner \'Gen Z Madagascar\'"), not before a surname ("Lt Col H Jones")', () => {
    expect(
      people('Young people marched under the banner "Gen Z Seoul" on Monday.').map((p) => p.name),
    ).toEqual([]);
    expect(people('Lt Col H Jones led the attack.').map((p) => p.name)).toEqual(['H Jones']);
  });
});

describe('a name with "des" inside it', () => {
  it('is one person\'s whole name ("Laurence des Cars")', () => {
    expect(
      people('Laurence des Cars told a Senate committee on Wednesday.').map((p) => p.name),
    ).toEqual(['Laurence des Cars']);
  });
});

describe('an apposition that only mentions a place', () => {
  it('leaves the name a person\'s (", a fisherman in the town of Black River")', () => {
    const names = new Set(['Richard', ...givenNames]);
    const found = parseArticle(
      'Headline\n\n"It is gone," said Richard Morrison, a fisherman in the town of Black River.',
      { published: '2025-11-04', gazetteer: smallGazetteer, givenNames: names },
    ).people;
    expect(found.map((p) => p.name)).toEqual(['Richard Morrison']);
  });
});

describe("a name a medium's noun follows", () => {
  it('is the medium, not a person ("told France Info radio", "Kan public broadcaster")', () => {
    expect(
      people(
        'The prosecutor told France Info radio on Monday. He spoke to Kan public broadcaster.',
      ),
    ).toEqual([]);
  });

  it('is the medium where the noun comes first too ("the satirical weekly Janet Hebdo")', () => {
    expect(
      people('Gunmen stormed the offices of the satirical weekly Janet Hebdo on Wednesday.'),
    ).toEqual([]);
  });
});

describe('a name after an office "for" or "of" a department', () => {
  it('starts after the office, given name known or not', () => {
    const found = people(
      'Deputy Minister for Civil Protection Costas Katsafados visited the island. Minister of Foreign Affairs Wang Yi met him.',
    );
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ['Costas Katsafados', 'Deputy Minister for Civil Protection'],
      ['Wang Yi', 'Minister of Foreign Affairs'],
    ]);
  });
});

describe('a known name of two words after more names', () => {
  it('is that person in full ("Aung San Suu Kyi\'s government ... Suu Kyi, 80,")', () => {
    const found = people(
      "The general seized power from Aung San Suu Kyi's government in 2021. Suu Kyi, 80, is in prison. Supreme Leader Kim Jong Un watched. Kim Jong Un, 41, left.",
    );
    expect(found.map((p) => [p.name, [...p.aliases]])).toEqual([
      ['Aung San Suu Kyi', ['Suu Kyi']],
      ['Kim Jong Un', []],
    ]);
  });
});

describe('a name that ends in a word for a place or a market', () => {
  it('is no person ("Bondi Beach", "Korea Power Exchange")', () => {
    const names = new Set(['Bondi', ...givenNames]);
    const found = parseArticle(
      "Headline\n\nA gunman opened fire on Sydney's Bondi Beach on Sunday. Demand peaked, according to Korea Power Exchange.",
      { published: '2025-12-16', gazetteer: smallGazetteer, givenNames: names },
    ).people;
    expect(found).toEqual([]);
  });
});

describe('a name whose apposition says what work or plight its bearer has', () => {
  it('is a person who speaks, with that work for a role (", an aid worker in Derna, told")', () => {
    expect(
      people('Emad Falah, an aid worker in Derna, told Reuters by phone.').map((p) => [
        p.name,
        p.role,
      ]),
    ).toEqual([['Emad Falah', 'aid worker in Derna']]);
    expect(
      people('"I couldn\'t stand," said Chen Mei-ling, a shopkeeper in Hualien.').map((p) => [
        p.name,
        p.role,
      ]),
    ).toEqual([['Chen Mei-ling', 'shopkeeper in Hualien']]);
    // (a passenger is a person, though no role)
    expect(
      people('Ana Kovac, a passenger on the flight, told reporters.').map((p) => [p.name, p.role]),
    ).toEqual([['Ana Kovac', null]]);
    // (a thing described is still no person)
    expect(people('Acme Widgets, a maker of tools, said profits fell.')).toEqual([]);
  });
});

describe('a role before a name whose body is named in part in lower case', () => {
  it('is the whole role ("The head of the Wagner mercenary group, Yevgeny Prigozhin,")', () => {
    expect(
      people(
        'The head of the Wagner mercenary group, Yevgeny Prigozhin, ordered his fighters to halt.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([['Yevgeny Prigozhin', 'head of the Wagner mercenary group']]);
  });
});

describe('the last word of a place a particle runs on', () => {
  it('is no person who speaks ("Officials in Rio Grande do Sul said", "Eldorado do Sul")', () => {
    const entry = (id: string, name: string, kind: 'village' | 'region', population: number) => ({
      entry: {
        id,
        name,
        kind,
        lat: -30,
        lon: -52,
        country: 'BR',
        admin1: '23',
        population,
        source: 'test',
      },
      names: [name],
    });
    const world = gazetteerFrom([
      entry('r:rs', 'Rio Grande do Sul', 'region', 0),
      entry('v:es', 'Eldorado do Sul', 'village', 0),
    ]);
    const story = parseArticle(
      'Headline\n\nRescuers searched the town of Eldorado do Sul. Officials in Rio Grande do Sul said more rain would fall.',
      { gazetteer: world, givenNames },
    );
    expect(story.people).toEqual([]);
    expect(story.places.map((p) => p.name)).toEqual(['Eldorado do Sul', 'Rio Grande do Sul']);
  });
});

describe('the words that qualify a title after "said"', () => {
  it('are no one\'s name ("said First Vice President Ana Ruiz would take over")', () => {
    expect(
      people(
        'The leader declared five days of mourning and said First Vice President Ana Ruiz would take over.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([['Ana Ruiz', 'First Vice President']]);
  });
});

describe('a name a place noun follows', () => {
  it('is a place\'s, though its first word is a given name ("a resident of Seoul\'s Al Barsha district")', () => {
    expect(
      parseArticle(
        `Headline\n\n"We have never seen this," said Ahmed Saeed, a resident of Seoul's Al Barsha district.`,
        {
          published: '2018-01-09',
          gazetteer: smallGazetteer,
          givenNames: new Set(['Al', 'Ahmed']),
        },
      ).people.map((p) => p.name),
    ).toEqual(['Ahmed Saeed']);
  });
});

describe('a surname with a joined article', () => {
  it('is the person where the text writes it without the article ("Bashar al-Assad ... Assad")', () => {
    expect(
      people(
        'Rebels forced President Bashar al-Assad to flee. Assad and his family arrived in Seoul.',
      ).map((p) => [p.name, p.mentions.map((m) => m.text)]),
    ).toEqual([['Bashar al-Assad', ['Bashar al-Assad', 'Assad']]]);
  });
});

describe('a name after "and" and a country\'s possessive', () => {
  it('is paired with the person named before it ("Donald Trump and Ukraine\'s Volodymyr Zelenskiy")', () => {
    expect(
      people("Among the guests were President Ana Ruiz and Canada's Mark Carney.").map(
        (p) => p.name,
      ),
    ).toEqual(['Ana Ruiz', 'Mark Carney']);
  });
});

describe('a role in apposition before a name whose first word is a city', () => {
  it('makes it a person, not the city ("OceanGate\'s chief executive, Stockton Rush,")', () => {
    const story = parseArticle(
      "Headline\n\nAmong those on board were the firm's chief executive, Seoul Rush, and two guests.",
      { published: '2018-01-09', gazetteer: smallGazetteer, givenNames },
    );
    expect(story.people.map((p) => [p.name, p.role])).toEqual([['Seoul Rush', 'chief executive']]);
    expect(story.places).toEqual([]);
  });
});

describe('a lower-case word that narrows a role before a name', () => {
  it('stays in the role ("JAXA project manager Shinichiro Sakai")', () => {
    expect(
      people('"It is hard," JAXA project manager Shinichiro Sakai told reporters.').map((p) => [
        p.name,
        p.role,
      ]),
    ).toEqual([['Shinichiro Sakai', 'JAXA project manager']]);
  });
});

describe('a surname with a particle in lower case', () => {
  it('is the person\'s whole name ("said Randy delos Santos", "Maria de los Santos said")', () => {
    expect(
      people(
        '"We waited nine years," said Janet delos Santos. David de los Reyes said he agreed.',
      ).map((p) => p.name),
    ).toEqual(['Janet delos Santos', 'David de los Reyes']);
  });
});

describe('a full name written again without its first word', () => {
  it('is the same person ("Sayyed Hassan Nasrallah ... Hassan Nasrallah")', () => {
    expect(
      people(
        'The group said its leader Janet David Ruiz had been killed. "David Ruiz will no longer threaten us," a spokesman said.',
      ).map((p) => [p.name, p.aliases]),
    ).toEqual([['Janet David Ruiz', ['David Ruiz']]]);
  });
});

describe('a name before an aside about who and a verb of speech', () => {
  it('is a person ("Radoslaw Sikorski, who returns as foreign minister, said")', () => {
    expect(
      people(
        'Ana Ruiz, who returns as foreign minister, said Poland would press for more aid.',
      ).map((p) => p.name),
    ).toEqual(['Ana Ruiz']);
  });
});

describe('a surname that a mid-sized town bears', () => {
  it('is still a surname after a given name ("James Rodriguez"), though a great city or a country ends a body\'s name', () => {
    const town = (id: string, name: string, population: number) => ({
      entry: {
        id,
        name,
        kind: 'city' as const,
        lat: 0,
        lon: 0,
        country: 'PH',
        admin1: '40',
        population,
        source: 'test',
      },
      names: [name],
    });
    const world = gazetteerFrom([
      town('g:rod', 'Rodriguez', 134_432),
      town('g:man', 'Manila', 1_600_000),
    ]);
    const found = (body: string) =>
      parseArticle(`Headline\n\n${body}`, { gazetteer: world, givenNames }).people.map(
        (p) => p.name,
      );
    expect(found('Colombia pressed, with David Rodriguez going close.')).toEqual([
      'David Rodriguez',
    ]);
    expect(found('Colombia pressed, with David Manila going close.')).toEqual([]);
    // (But a star's: "Tennis star Naomi Osaka".)
    expect(
      parseArticle('Headline\n\nTennis star David Manila lit the cauldron.', {
        gazetteer: world,
        givenNames,
      }).people.map((p) => [p.name, p.role]),
    ).toEqual([['David Manila', 'Tennis star']]);
  });
});

describe('a given name joined by "and" to a full name', () => {
  it('shares its surname ("Fred and Cindy Warmbier")', () => {
    expect(
      people('His parents, Janet and David Evans, said he had died. Janet Evans spoke later.').map(
        (p) => [p.name, p.mentions.map((m) => m.text)],
      ),
    ).toEqual([
      ['Janet Evans', ['Janet', 'Janet Evans']],
      ['David Evans', ['David Evans']],
    ]);
    // (Not a word that is no given name: "Seoul and David Evans".)
    expect(people('Officials in Seoul and David Evans said so.').map((p) => p.name)).toEqual([
      'David Evans',
    ]);
  });
});

describe('another name an aside gives the person before it', () => {
  it.each([
    ['Pope Leo, born David Vega in Chicago in 1955, was elected on Thursday.', 'Leo', 'David Vega'],
    [
      'Janet Ruiz, the leader of the rebels, known as David Vega, spoke on Sunday.',
      'Janet Ruiz',
      'David Vega',
    ],
  ])('%s', (sentence, name, alias) => {
    expect(people(sentence).map((p) => [p.name, p.aliases])).toEqual([[name, [alias]]]);
  });

  it('is not someone else the sentence names ("Ruiz said the suspect, known as David Vega, fled")', () => {
    expect(
      people('Janet Ruiz said the suspect, known as David Vega, fled.').map((p) => p.name),
    ).toEqual(['Janet Ruiz', 'David Vega']);
  });
});

describe('a role after a name', () => {
  it('stops before what someone is known as ("the leader of the gang known as Fito")', () => {
    expect(
      people(
        'The violence began after David Vega, the leader of the Choneros gang known as Fito, escaped on Sunday.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([['David Vega', 'leader of the Choneros gang']]);
  });
});

describe('a brand spelt with a capital at its end', () => {
  it('is no person ("SpaceX said", "OpenAI said")', () => {
    expect(
      people('"We will be back," SpaceX said on X. OpenAI said it would appeal on Monday.'),
    ).toEqual([]);
  });
});

describe('a championship named in capitals', () => {
  it('is no person ("to win record fourth European Championship")', () => {
    const story = parseArticle(
      'Spain beat England 2-1 to win record fourth European Championship\n\nSpain beat England in the final in Berlin on Sunday to win a record fourth European title.',
      { published: '2018-01-09', gazetteer: smallGazetteer, givenNames },
    );
    expect(story.people).toEqual([]);
  });
});

describe("a given name that is a town's too", () => {
  it('opens a person\'s name when the surname alone opens a sentence before an aside and a verb ("Putin, in a televised address, accused")', () => {
    expect(
      people(
        'The mutiny was the gravest challenge to York Farage in decades.\n\nFarage, in a televised address on Saturday morning, accused the rebels of treason.',
      ).map((p) => [p.name, p.aliases]),
    ).toEqual([['York Farage', ['Farage']]]);
  });
});

describe('capitalised words that are no one', () => {
  it('a brand\'s thing in a headline is no person though its word stands alone later ("SpaceX Starship explodes ... launch of Starship")', () => {
    expect(
      people(
        'SpaceX Starship explodes minutes after launch\n\nThe rocket blew apart. "Congrats SpaceX team on a test launch of Starship!" Janet Evans wrote.',
      ).map((p) => p.name),
    ).toEqual(['Janet Evans']);
  });
  it('an office\'s words before its title are no name paired with a person\'s ("Janet Evans and Economic Security Minister Mike Lee")', () => {
    expect(
      people(
        'Former Defence Minister Janet Evans and Economic Security Minister Mike Lee are expected to run.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([
      ['Janet Evans', 'Former Defence Minister'],
      ['Mike Lee', 'Economic Security Minister'],
    ]);
  });
});

describe('a role set after a name', () => {
  it('leaves out the pronoun that says whose it is (", its leader,")', () => {
    expect(
      people(
        'The opposition said it would seek a vote. Janet Evans, its leader, called the decree illegal.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([['Janet Evans', 'leader']]);
  });
});

describe('a name opened by initials', () => {
  it('is a person\'s, written together or apart ("F.W. de Klerk", "J. K. Rowling")', () => {
    expect(
      people('He shared the prize with F.W. de Klerk in 1993. He met J. K. Rowling.').map(
        (p) => p.name,
      ),
    ).toEqual(['F.W. de Klerk', 'J. K. Rowling']);
  });
  it("is no one's where the initials are a place's or a body's ('U.S. Steel', 'U.N. Security Council')", () => {
    expect(
      people(
        'Shares of U.S. Steel fell. The U.N. Security Council met. Y Combinator invested.',
      ).map((p) => p.name),
    ).toEqual([]);
  });
});

describe('a name whose surname a region bears too', () => {
  // (As GeoNames has it: a Ugandan district and its town.)
  const place = (id: string, name: string, kind: 'city' | 'region', population: number) => ({
    entry: {
      id,
      name,
      kind,
      lat: 3.65,
      lon: 31.72,
      country: 'UG',
      admin1: null,
      population,
      source: 'test',
    },
    names: [name, 'Moyo'],
  });
  const moyo = gazetteerFrom([
    place('r:moyo', 'Moyo District', 'region', 0),
    place('c:moyo', 'Moyo', 'city', 18_800),
  ]);
  it('is a person where the text says who it is ("said Tendai Moyo, a 29-year-old street vendor")', () => {
    const story = parseArticle(
      'Headline\n\n"We are so happy," said Tendai Moyo, a 29-year-old street vendor. Harare Moyo said sales rose.',
      { gazetteer: moyo },
    );
    expect(story.people.map((p) => [p.name, p.role])).toEqual([['Tendai Moyo', 'street vendor']]);
    expect(story.quotes.map((q) => q.speaker)).toEqual(['person-tendai-moyo']);
  });
});

describe("a company's name", () => {
  it('ending in "Kaisha" or "Agencies" is no person\'s ("The ship\'s Japanese owner, Shoei Kisen Kaisha, said")', () => {
    expect(
      people(
        "The ship's Japanese owner, Shoei Kisen Kaisha, said it could take days. Ships were waiting, according to Leth Agencies, a canal service provider.",
      ),
    ).toEqual([]);
  });
});

describe('a surname shared with kin', () => {
  it('means the one not first named as the other\'s kin ("his brother Raul Castro announced ... Castro seized power")', () => {
    const found = people(
      'Mike Castro has died at the age of 90, his brother David Castro announced on Friday. "He died this evening," David Castro said. Castro seized power in 1959.',
    ).map((p) => [p.name, p.aliases]);
    expect(found).toEqual([
      ['Mike Castro', ['Castro']],
      ['David Castro', []],
    ]);
  });
});

describe('the name after "bin" in a full name', () => {
  it('is the father\'s: a title before it alone names someone else ("Crown Prince Mohammed bin Salman ... King Salman")', () => {
    for (const text of [
      'King Salman sacked five officials, including an adviser close to Crown Prince Mohammed bin Salman.',
      'Crown Prince Mohammed bin Salman met officials. Later, King Salman sacked five officials. Bin Salman said so.',
    ])
      expect(
        people(text)
          .map((p) => [p.name, p.role, p.aliases])
          .sort(),
      ).toEqual([
        [
          'Mohammed bin Salman',
          'Crown Prince',
          text.includes('Bin Salman said') ? ['Bin Salman'] : [],
        ],
        ['Salman', 'King', []],
      ]);
  });
});

describe('a role set beside a name', () => {
  it('reaches to whom an office is held for ("Russia\'s ambassador to Turkey, Mike Karlov,")', () => {
    expect(
      people("Russia's ambassador to Turkey, Mike Karlov, was shot dead on Monday.").map((p) => [
        p.name,
        p.role,
      ]),
    ).toEqual([['Mike Karlov', "Russia's ambassador to Turkey"]]);
  });

  it('is not a predicate after an age ("Karlov, 62, had served as ambassador in Seoul")', () => {
    expect(
      people(
        'Mike Karlov was shot dead on Monday. Karlov, 62, had served as ambassador in Seoul since 2013.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([['Mike Karlov', null]]);
  });
});

describe('an office a name is sworn into', () => {
  it('is the role with the place it is of ("was sworn in as president of the Philippines on Thursday")', () => {
    expect(
      people('Mike Duterte was sworn in as president of the Philippines on Thursday.').map((p) => [
        p.name,
        p.role,
      ]),
    ).toEqual([['Mike Duterte', 'president of the Philippines']]);
  });
});

describe('a name after an office', () => {
  it('opens at a given name and may end in a region\'s name ("Secretary of State Mike Kerry")', () => {
    expect(
      people('Secretary of State Mike Kerry arrived in Seoul on Monday.').map((p) => [
        p.name,
        p.role,
      ]),
    ).toEqual([['Mike Kerry', 'Secretary of State']]);
  });
});

describe('a role in lower case before a name', () => {
  it('keeps four words that qualify it ("European Union foreign policy chief")', () => {
    expect(
      people('On Monday, European Union foreign policy chief Mike Smith arrived in Seoul.').map(
        (p) => [p.name, p.role],
      ),
    ).toEqual([['Mike Smith', 'European Union foreign policy chief']]);
  });
});

describe('a word that narrows an office and is also a verb', () => {
  it('is the verb after "to", not a word of the role ("sought to fire Governor Janet Cook"), unlike "linked to former President"', () => {
    expect(
      people(
        'The president has sought to fire Governor Janet Cook. A firm was linked to former President David Soto.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([
      ['Janet Cook', 'Governor'],
      ['David Soto', 'former President'],
    ]);
  });
});

describe('a name that an observatory or a laboratory bears', () => {
  it('is no person, even where its last word before the body\'s is a given name ("the new Vera Rubin Observatory")', () => {
    const found = (text: string) =>
      parseArticle(`Headline\n\n${text}`, {
        gazetteer: smallGazetteer,
        givenNames: new Set(['Vera', 'Rubin', 'David']),
      }).people.map((p) => p.name);
    expect(
      found(
        'Telescopes around the world, including the new Vera Rubin Observatory and the Rubin David Laboratory, will follow the comet.',
      ),
    ).toEqual([]);
  });
});

describe('a name after "in" that the text places in a country or a region', () => {
  it('is a town, not a person ("the telescope in Rio Hurtado, Chile")', () => {
    const found = (text: string) =>
      parseArticle(`Headline\n\n${text}`, {
        gazetteer: smallGazetteer,
        givenNames: new Set(['Rio', 'David']),
      }).people.map((p) => p.name);
    expect(found('It was spotted by a telescope in Rio Hurtado, Georgia.')).toEqual([]);
    expect(found('It was spotted by David Soto, a farmer in Georgia.')).toEqual(['David Soto']);
  });
});

describe('a birth name that opens a sentence', () => {
  it('is another name of the person named before with its surname ("Ozzy Osbourne ... Born John Michael Osbourne in 1948, he formed")', () => {
    expect(
      people(
        'Singer Mike Soto has died at 76. Born David Michael Soto in Atlanta in 1948, he formed the band in 1968.',
      ).map((p) => [p.name, p.aliases]),
    ).toEqual([['Mike Soto', ['David Michael Soto']]]);
  });
});

describe('an office after "appointed by"', () => {
  it('is the appointer\'s, not the role of the one appointed ("was appointed by the king")', () => {
    expect(
      people('Janet Ruiz was appointed by the king at the palace on Friday.').map((p) => [
        p.name,
        p.role,
      ]),
    ).toEqual([['Janet Ruiz', null]]);
    expect(
      people('Janet Ruiz was appointed prime minister by the king.').map((p) => [p.name, p.role]),
    ).toEqual([['Janet Ruiz', 'prime minister']]);
  });
});

describe('the people of a faith', () => {
  it('are no person ("killed an Orthodox priest ... as Orthodox Christians celebrated")', () => {
    expect(
      people(
        'Gunmen killed an Orthodox priest. The attacks began on Sunday evening, as Orthodox Christians celebrated the feast of Pentecost.',
      ).map((p) => p.name),
    ).toEqual([]);
  });
});

describe('a bare name after "the town of"', () => {
  it('is the place\'s, not a mention of someone who shares it ("in the town of Majiya ... said Sani Majiya")', () => {
    expect(
      people(
        'The truck overturned on a highway in the town of Dalwa. "It was a sad sight," said Sani Dalwa, a community leader.',
      ).map((p) => p.mentions.map((m) => m.text)),
    ).toEqual([['Sani Dalwa']]);
  });
});

describe('a lower-case word of the legislature before a role', () => {
  it('is the role\'s ("congressional leader Jose Jeri")', () => {
    expect(
      people('Lawmakers swore in congressional leader Janet Ruiz as president.').map((p) => p.role),
    ).toEqual(['congressional leader']);
  });
});

describe("a role of a legislature's member, a hyphened modifier or a count", () => {
  it('is read whole ("former congressman", "ex-first lady"), without the count ("her only rival")', () => {
    expect(
      people(
        'Far-right former congressman Christian Ruiz won. Police arrested ex-first lady Janet Kim on Monday. Janet Kim lost to her only rival, David Lee.',
      ).map((p) => [p.name, p.role]),
    ).toEqual([
      ['Christian Ruiz', 'Far-right former congressman'],
      ['Janet Kim', 'ex-first lady'],
      ['David Lee', 'rival'],
    ]);
  });
});

describe("a school's head named after the role", () => {
  it('is a person, though the given name is a town\'s ("The school\'s vice-principal, Hassan Makuku,")', () => {
    expect(
      parseArticle("Headline\n\nThe school's vice-principal, Atlanta Makuku, was shot dead.", {
        gazetteer: smallGazetteer,
      }).people.map((p) => [p.name, p.role]),
    ).toEqual([['Atlanta Makuku', 'vice-principal']]);
  });
});

describe('a nickname in quotation marks inside a name', () => {
  it('is left out of the name, which the surname alone names again', () => {
    const found = people(
      'Paz beat former President Jorge "Tuto" Quiroga. Quiroga conceded on Sunday. David "Magic" Johnson said so.',
    );
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ['Jorge Quiroga', 'former President'],
      ['David Johnson', null],
    ]);
    expect(found[0]?.mentions.map((m) => m.text)).toEqual(['Jorge "Tuto" Quiroga', 'Quiroga']);
  });
});

describe("a scientist's role", () => {
  it.each([
    ['David Johnston, a volcanologist with the survey, died.', 'volcanologist with the survey'],
    [
      '"Pluto is dead," said Mike Brown, an astronomer at the institute.',
      'astronomer at the institute',
    ],
    ['The work, led by embryologist David Wilmut, was published.', 'embryologist'],
  ])('%s -> %s (an "-ologist" or an astronomer is a role)', (text, role) => {
    expect(people(text).map((p) => p.role)).toEqual([role]);
  });
});

describe('a rank or a venue around a name', () => {
  it('takes "Major" before a name for a rank, not a word of the name ("Major David Gagarin")', () => {
    expect(
      people('The cosmonaut, Major David Gagarin, circled the globe.').map((p) => [p.name, p.role]),
    ).toEqual([['David Gagarin', 'Major']]);
  });
  it('makes no person of an arena named after one ("at David Laver Arena")', () => {
    expect(
      people('Federer wept during his speech at David Laver Arena on Sunday.').map((p) => p.name),
    ).toEqual([]);
  });
});

describe('a run of capitalised words that names no one', () => {
  const named = (text: string, givenNames = new Set<string>()) =>
    parseArticle(text, { gazetteer: smallGazetteer, givenNames }).people.map((p) => p.name);
  it.each([
    [
      'Shuttle Discovery carries telescope\n\nThe shuttle Discovery lifted off. Discovery will land on Sunday.',
    ],
    [
      'Pathfinder lands on Mars\n\nNASA\'s Mars Pathfinder landed on the red planet on Friday.\n\n"It looks like Pathfinder is in great shape," he said.',
    ],
    [
      'Murray wins\n\n"Winning Wimbledon, I still cannot believe it," he said. He had lost at Wimbledon before.',
    ],
  ])('%s (a craft, or a gerund opening a quotation)', (text) => {
    expect(named(text)).toEqual([]);
  });
  it('still names a person whose given name is a planet\'s ("Venus Williams")', () => {
    expect(named('Final\n\nVenus Williams won. Williams said so.', new Set(['Venus']))).toEqual([
      'Venus Williams',
    ]);
  });
});
