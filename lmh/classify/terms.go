package classify

import (
	"strings"

	"github.com/lmhkit/lmhkit/glossary"
	"github.com/lmhkit/lmhkit/taxonomy"
)

// extraTerms are words the rules need that the embedded glossary does not
// (yet) have; New adds them to the glossary it reads through, so
// their matches carry spans and senses like any other term. Inflected forms
// are written out.
var extraTerms = []struct {
	senses string // space-separated "facet:code"
	forms  string // comma-separated forms; the first is the term
	cs     bool   // case-sensitive (abbreviations)
}{
	// Methods, as verbs and nouns.
	{"method:teaching", "underviser,undervise,undervises,underviste,underviser om,undervisninga,forelesning,forelesninger,innlegg,foredraget,foredragene,føredrag,føredraget,lærer om,lærer du,lære om,kunnskap om,opplæring i,undervisar", false},
	{"method:information", "informasjon,informerer,informerer om,informasjonsmøte,informasjonsmøtet,informasjonsmøter,orienterer om,gir informasjon,får informasjon,får du informasjon", false},
	{"method:counselling", "råd om,gir råd,gi råd,praktiske råd,råd og veiledning,råd og rettleiing,rådgiving", false},
	{"method:guidance", "veileder,veiledes,rettleiar,veiledningssamtale,veiledningssamtaler,oppfølging og veiledning,motiverende samtale,motiverande samtale", false},
	{"method:experience_sharing", "deler erfaringer,dele erfaringar,deler erfaringar,utveksle erfaringar,utveksling av erfaringer,erfaringsutveksling i grupper,samtale og erfaringsutveksling,møte andre i samme situasjon,møter andre i samme situasjon,andre i samme situasjon,andre i same situasjon,treffe andre,møte andre som,gruppesamtaler,gruppesamtalar,dele tankar og erfaringar", false},
	{"method:peer_support", "erfaringskonsulent,erfaringskonsulenten,likepersoner fra,likeperson frå,brukerrepresentant,brukarrepresentant,egenerfaring,eigenerfaring,egen erfaring,eige erfaring", false},
	{"method:physical_activity", "gruppetrening,treningsgruppe,treningsgrupper,treningsgruppa,bassengtrening,øvelser,øvingar,trener,trenar,trene,treninga,treningen,turgruppe,turgruppa,styrke og balanse,balansetrening,opptrening", false},
	// Offerings.
	{"concept:group_offering", "treff,treffet,kafé,kafe,kafeen,kaféen,temamøte,temamøtet,temadag,temadagen,temakveld,nettmøte,nettmøter,samlingar,samlinger,helgekurs,kurskveld,kursdag,kursdagen,samtalegrupper,gruppetilbod,sorggruppe,sorggrupper,foreldregruppe,ungdomsgruppe,afasigruppe,pårørendegruppe", false},
	{"concept:individual_offering", "individuelle samtaler,individuelle samtalar,en samtale,ein samtale,samtale med,samtalar med,samtaler med,én-til-én,individuell oppfølging,individuell opplæring,individuell rettleiing,personlig møte,hjemme hos deg", false},
	{"concept:offering", "program,programmet,mestringsprogram,opphold,oppholdet,rehabiliteringsopphold,livsstilsopphold,livsstilsopphald,opphald,frisklivsresept", false},
	// Arenas.
	{"arena:private", "AS", true},
	{"arena:private", "privat,private,privat institusjon,privat, ideelt,psykologsenter,psykologsenteret,fysioterapeutene,klinikken AS", false},
	{"arena:specialist", "BUP,HF", true},
	{"arena:specialist", "habiliteringstjenesten,habiliteringstenesta,habiliteringstjenester,sykehuset,sjukehuset,universitetssykehus,universitetssjukehus,kompetansetjeneste,kompetansesenter,nevrologisk avdeling,barneavdelingen,barneavdelinga,klinikk for,psykiatrisk klinikk,rehabiliteringsavdeling,rehabiliteringsavdelingen,poliklinikken,smerteklinikk,smerteklinikken", false},
	{"arena:municipal", "bydel,bydelen,helsesykepleier,helsesykepleiere,helsesjukepleiar,hjemmetjenesten,tildelingskontoret,psykisk helsetjeneste,psykisk helseteneste,rustjenesten,kreftkoordinator,kreftkoordinatoren,demensteamet,demenskoordinator,skolehelsetjenesten,fysioterapitjenesten,herad,kommunar", false},
	{"arena:voluntary", "foreningen,foreininga,forbundet,landsforbund,frivillig,frivillige,frivilligsentral,frivilligsentralen,demensforeningen,demensforeininga,Kirkens Bymisjon,Voksne for Barn,LPP,Selvhjelp Norge,Norilco", false},
	// People.
	{"role:next_of_kin", "partner,partnere,partneren,ektefelle,ektefeller,søsken,nærmeste,næraste,dine nærmeste,dei som står deg nær,de som står deg nær,familien,familiane,familier,familiar,mor eller far,foreldra,foreldrene,omsorgspersoner", false},
	{"role:patient", "nydiagnostiserte,nydiagnostisert", false},
	{"role:user", "innbyggjarar,innbyggarar,innbyggjar,brukerne,brukarane,elever", false},
	{"age_group:adults", "voksen alder,unge voksne,ung voksen,vaksne", false},
	{"age_group:elderly", "pensjonister,seniorar,eldre over,hjemmeboende eldre", false},
	{"age_group:children", "barnehage,barnehagen,barna,borna,barnelege", false},
	// Themes and conditions in everyday words.
	{"theme:nutrition", "mat,maten,måltider,måltid,matlaging,kost,kostvaner,kosthaldet,glutenfritt,ernæringsfysiolog,kosthaldsrettleiar,kalsium,matallergi", false},
	{"theme:sleep", "sove,sovne,søvnvansker,søvnhygiene,søvnproblemer,døgnrytme", false},
	{"theme:work", "arbeidsgiver,arbeidsgivar,tilbake til arbeid,tilbake til jobb,tilbake i jobb,sykmeldt,sjukmeld,utdanning og arbeid,arbeid og studier", false},
	{"theme:rights_and_aids", "NAV", true},
	{"theme:rights_and_aids", "rettar,trygd,trygderettigheter,støtteordninger,hjelpestønad,pleiepenger,omsorgsstønad,hjelpetiltak,juridiske forhold,tjenestetilbudet", false},
	{"theme:medication", "medisin,medisinar,insulin,inhalasjonsteknikk,nikotinlegemidler,medikamentell behandling", false},
	{"theme:pain", "smerter,smertemestring,smertehandtering,smerteskole", false},
	{"theme:fatigue", "utmatting,energiøkonomisering,trøyttleik,energi og hvile,energi og kvile", false},
	{"theme:stress", "stressreaksjoner,avspenning,belastninger", false},
	{"theme:relationships", "relasjoner,relasjonar,parforhold,samlivet", false},
	{"theme:sexuality", "seksualitet,ereksjonsproblemer,nærleik og seksualitet", false},
	{"theme:grief", "mistet,mista,sorga,etterlatne,døden", false},
	{"theme:mental_health", "følelser,kjensler,nedstemthet,nedstemtheit,psykiske reaksjoner,psykiske helseutfordringer", false},
	{"theme:parenting", "foreldrerollen,foreldrerolla", false},
	{"condition:dementia", "demenssykdommer,demensdiagnose", false},
	{"condition:osteoarthritis", "kneprotese,hofteprotese", false},
	{"condition:depression", "depresjonsplager,nedfor", false},
	{"condition:heart_attack", "utblokking", false},
}

// glossaryWithExtras returns g with extraTerms added.
func glossaryWithExtras() (*glossary.Glossary, error) {
	var es []glossary.Entry
	for _, x := range extraTerms {
		var senses []taxonomy.Ref
		for _, r := range strings.Fields(x.senses) {
			ref, err := taxonomy.ParseRef(r)
			if err != nil {
				return nil, err
			}
			senses = append(senses, ref)
		}
		forms := strings.Split(x.forms, ",")
		for _, f := range forms {
			e := glossary.Entry{Term: f, Lang: taxonomy.NB, Kind: glossary.KindSynonym, Senses: senses,
				Source: "lmhkit", CaseSensitive: x.cs}
			if x.cs {
				e.Positions = glossary.Word
			}
			es = append(es, e)
		}
	}
	return glossary.New(es...)
}
