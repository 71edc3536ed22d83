import type { AreaId } from './areas.js';
import { deepFreeze } from './freeze.js';
import type { LevelId } from './levels.js';
import type { LocalizedText } from './types.js';

/**
 * Level anchors: for each coverage area and level, what that level looks like in the work, so two
 * people mean the same by "ervaren". Drawn from the beroepsbeeld brochure
 * (/work/shared/seed/beroepsbeeld-ikc.txt): each area's description and its examples "uit de
 * praktijk", read along the scale in opleiding (works under guidance) → starter (starter guidance)
 * → ervaren (independent) → expert (deepened; guides others and renews the practice).
 */
export type LevelAnchors = Readonly<Record<AreaId, Readonly<Record<LevelId, LocalizedText>>>>;

export const LEVEL_ANCHORS: LevelAnchors = deepFreeze({
  didactiek: {
    in_opleiding: {
      nl: 'Je brengt onder begeleiding kennis en vaardigheden over aan een groepje kinderen, met een activiteit die een ander heeft voorbereid.',
      en: 'Under guidance, you pass on knowledge and skills to a small group of children, with an activity someone else prepared.',
    },
    starter: {
      nl: 'Je bereidt zelf activiteiten voor en motiveert kinderen, bijvoorbeeld bij rekenen, spelling, sport of kunst; je bespreekt je aanpak met een begeleider.',
      en: 'You prepare activities yourself and motivate children, for example in arithmetic, spelling, sport or arts; you discuss your approach with a mentor.',
    },
    ervaren: {
      nl: 'Je stemt je didactiek zelfstandig af op wat elk kind nodig heeft, ook in de brede zin (sport, kunst, natuur en techniek), binnen en na schooltijd.',
      en: 'You independently match your didactics to what each child needs, also in the broad sense (sport, arts, nature and technology), during and after school hours.',
    },
    expert: {
      nl: 'Je bent vraagbaak voor collega’s over (vak)didactiek, vernieuwt het aanbod en geeft bijvoorbeeld lessen mediawijsheid vanuit je eigen expertise.',
      en: 'Colleagues come to you about (subject) didactics; you renew the offer and, for example, teach media literacy from your own expertise.',
    },
  },
  pedagogiek: {
    in_opleiding: {
      nl: 'Je leert onder begeleiding hoe kinderen zich ontwikkelen en hoe je die ontwikkeling in de groep positief beïnvloedt.',
      en: 'Under guidance, you learn how children develop and how to influence that development positively in the group.',
    },
    starter: {
      nl: 'Je begeleidt kinderen in de groep pedagogisch, let op hun relatie met hun omgeving en vraagt advies bij wat je nog niet kent.',
      en: 'You support children in the group pedagogically, pay attention to their relation with their surroundings and ask for advice on what is new to you.',
    },
    ervaren: {
      nl: 'Je kijkt systematisch naar de ontwikkeling van elk kind, stemt af met ouders en collega’s (bijvoorbeeld in de peuter-kleutergroep) en handelt zelfstandig.',
      en: 'You look systematically at each child’s development, align with parents and colleagues (for example in the toddler–preschool group) and act independently.',
    },
    expert: {
      nl: 'Je geeft richting aan het pedagogisch handelen van het team, coacht collega’s (bijvoorbeeld als pedagogisch coach) en werkt aan een doorlopende ontwikkellijn.',
      en: 'You give direction to the team’s pedagogical practice, coach colleagues (for example as a pedagogical coach) and work on a continuous development line.',
    },
  },
  gezondheid: {
    in_opleiding: {
      nl: 'Je leert onder begeleiding wat een gezonde leefstijl voor kinderen inhoudt en let daar in de groep op.',
      en: 'Under guidance, you learn what a healthy lifestyle for children means and watch for it in the group.',
    },
    starter: {
      nl: 'Je bevordert een gezonde leefstijl in je eigen groep (voeding, bewegen, rust) en weet wanneer je een collega of de jeugdverpleegkundige inschakelt.',
      en: 'You promote a healthy lifestyle in your own group (food, exercise, rest) and know when to involve a colleague or the youth health nurse.',
    },
    ervaren: {
      nl: 'Je adviseert kinderen en hun omgeving zelfstandig over een gezonde leefstijl en onderhoudt de contacten met bijvoorbeeld het consultatiebureau.',
      en: 'You independently advise children and their surroundings on a healthy lifestyle and keep in touch with, for example, the child health clinic.',
    },
    expert: {
      nl: 'Je bent aanspreekpunt voor gezondheid in het IKC, ontwikkelt het gezondheidsbeleid mee en schoolt collega’s.',
      en: 'You are the IKC’s point of contact for health, help shape its health policy and train colleagues.',
    },
  },
  verzorging: {
    in_opleiding: {
      nl: 'Je helpt onder begeleiding bij de persoonlijke verzorging: eten, verschonen en rustmomenten.',
      en: 'Under guidance, you help with personal care: meals, changing and rest moments.',
    },
    starter: {
      nl: 'Je verzorgt kinderen in je groep (voeding, zindelijkheidstraining, rust) volgens de afspraken en vraagt na bij twijfel, bijvoorbeeld bij ziekte.',
      en: 'You care for the children in your group (food, toilet training, rest) by the agreements and check when in doubt, for example with illness.',
    },
    ervaren: {
      nl: 'Je regelt de verzorging zelfstandig, ook bij ziekte volgens het ziektebeleid, en stemt af met ouders.',
      en: 'You handle care independently, illness too by the illness policy, and align with parents.',
    },
    expert: {
      nl: 'Je ontwikkelt de afspraken over voeding, zindelijkheid, rust en ziektebeleid en begeleidt collega’s daarin.',
      en: 'You develop the agreements on food, toilet training, rest and illness policy and guide colleagues in them.',
    },
  },
  psychologie_orthopedagogiek: {
    in_opleiding: {
      nl: 'Je leert onder begeleiding gedrag van kinderen te observeren en op te schrijven wat je ziet.',
      en: 'Under guidance, you learn to observe children’s behaviour and write down what you see.',
    },
    starter: {
      nl: 'Je signaleert mogelijke achterstanden of stoornissen en bespreekt ze met de intern begeleider of orthopedagoog.',
      en: 'You notice possible delays or disorders and discuss them with the internal care coordinator or remedial educationalist.',
    },
    ervaren: {
      nl: 'Je begrijpt en verklaart zelfstandig ontwikkelingsachterstanden en handelt naar een zorgplan, bijvoorbeeld voor een kind met een angststoornis, samen met de orthopedagoog.',
      en: 'You independently understand and explain developmental delays and act on a care plan, for example for a child with an anxiety disorder, together with the remedial educationalist.',
    },
    expert: {
      nl: 'Je stelt zorgplannen op, werkt samen met jeugdhulp en het wijkteam en adviseert collega’s, bijvoorbeeld als orthopedagoog of inclusiepedagoog.',
      en: 'You write care plans, work with youth care and the neighbourhood team and advise colleagues, for example as a remedial educationalist or inclusion pedagogue.',
    },
  },
  onderzoek_innovatie: {
    in_opleiding: {
      nl: 'Je doet als stagiaire praktijkgericht onderzoek, bijvoorbeeld naar de meerwaarde van een peuter-kleutergroep, met begeleiding.',
      en: 'As an intern you do practice-based research, for example on the value of a toddler–preschool group, with guidance.',
    },
    starter: {
      nl: 'Je werkt mee aan een onderzoek of vernieuwing in het IKC en deelt wat je leert met je team.',
      en: 'You take part in a study or innovation in the IKC and share what you learn with your team.',
    },
    ervaren: {
      nl: 'Je zoekt zelfstandig antwoorden op vragen uit de praktijk, werkt met hogescholen of universiteiten en voert nieuwe aanpakken in.',
      en: 'You independently look for answers to questions from practice, work with universities (of applied sciences) and put new approaches into practice.',
    },
    expert: {
      nl: 'Je leidt (wetenschappelijk) onderzoek, bijvoorbeeld in een IKC-lab, en vernieuwt of verbetert het aanbod voor kinderen en ouders.',
      en: 'You lead (scientific) research, for example in an IKC lab, and renew or improve what is offered to children and parents.',
    },
  },
  professionele_versterking: {
    in_opleiding: {
      nl: 'Je leert in de praktijk met en van collega’s, bijvoorbeeld in intervisie, en reflecteert op je eigen ontwikkeling.',
      en: 'You learn in practice with and from colleagues, for example in intervision, and reflect on your own development.',
    },
    starter: {
      nl: 'Je deelt je kennis met collega’s en stagiaires en helpt mee bij werkplekleren.',
      en: 'You share your knowledge with colleagues and interns and help with workplace learning.',
    },
    ervaren: {
      nl: 'Je begeleidt zelfstandig de ontwikkeling van collega’s of stagiaires en verzorgt training, scholing of intervisie in het IKC.',
      en: 'You independently guide colleagues’ or interns’ development and give training, courses or intervision in the IKC.',
    },
    expert: {
      nl: 'Je versterkt teams als pedagogisch coach of opleider: je verbetert de interprofessionele samenwerking en geeft het leren in het IKC vorm.',
      en: 'You strengthen teams as a pedagogical coach or trainer: you improve interprofessional collaboration and shape learning in the IKC.',
    },
  },
  organisatie_samenwerking: {
    in_opleiding: {
      nl: 'Je maakt kennis met de organisatie en haar partners en helpt onder begeleiding bij overleg of een activiteit.',
      en: 'You get to know the organisation and its partners and help with a meeting or an activity under guidance.',
    },
    starter: {
      nl: 'Je werkt mee aan afspraken met partners (bijvoorbeeld sportclubs, kunst en cultuur) en aan beleid binnen je eigen team.',
      en: 'You help with agreements with partners (for example sports clubs, arts and culture) and with policy within your own team.',
    },
    ervaren: {
      nl: 'Je coördineert zelfstandig de samenwerking binnen het IKC en met externe partners, zoals beleidsmedewerkers van de gemeente.',
      en: 'You independently coordinate collaboration within the IKC and with external partners, such as municipal policy officers.',
    },
    expert: {
      nl: 'Je ontwikkelt organisatiebeleid en verbindt het IKC met lokale en landelijke politiek, bijvoorbeeld met een symposium over regelgeving.',
      en: 'You develop organisational policy and connect the IKC with local and national politics, for example with a symposium on regulation.',
    },
  },
});

/** The anchor of one level in one area. */
export function levelAnchor(area: AreaId, level: LevelId): LocalizedText {
  return LEVEL_ANCHORS[area][level];
}
