import { suggestMapping, type ColumnMapping, type FieldSynonyms } from './headerMatch';

/** The fields a roster file can fill in for each person. */
export const ROSTER_FIELDS = ['employeeId', 'name', 'firstName', 'preferredName', 'middleName', 'lastName', 'email', 'title', 'department', 'departmentKind', 'status', 'endDate'] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

/** For each field, the index of the column that holds it, or null when the file has none. */
export type RosterMapping = ColumnMapping<RosterField>;

export const ROSTER_FIELD_LABELS: Record<RosterField, string> = {
  employeeId: 'Employee ID',
  name: 'Full name',
  firstName: 'First name',
  preferredName: 'Preferred name',
  middleName: 'Middle name',
  lastName: 'Last name',
  email: 'Email',
  title: 'Job title',
  department: 'Department',
  departmentKind: 'Department kind',
  status: 'Employment status',
  endDate: 'Leaving date',
};

/**
 * Header synonyms in English and the common European languages (German, French, Spanish,
 * Italian, Portuguese, Dutch, the Nordic languages, Polish), compacted: no case, accents, spaces
 * or punctuation. "Nom" alone is the family name in French HR exports (beside "Prénom").
 */
const SYNONYMS: Record<RosterField, FieldSynonyms> = {
  employeeId: {
    exact: [
      'employeeid', 'employeenumber', 'employeeno', 'empid', 'empno', 'staffid', 'staffnumber', 'personnelnumber', 'workerid', 'hrid', 'personid', 'badgenumber', 'id',
      'personalnummer', 'mitarbeiternummer', 'mitarbeiterid', 'persnr', 'matricule', 'numerodemploye', 'idemploye', 'idempleado', 'numeroempleado', 'numerodeempleado',
      'matricola', 'idpersonale', 'personeelsnummer', 'medewerkernummer', 'anstallningsnummer', 'ansattnummer', 'medarbejdernummer', 'numerpracownika', 'numerofuncionario',
      'personidexternal', 'useremployeeid', 'workernumber', 'associateid', 'filenumber', 'userid',
    ],
    has: /employee(id|number|no)|staff(id|number)|(personal|mitarbeiter)(nummer|number)|personeelsnummer|matricule|matricola/,
    not: /manager|supervisor|vorgesetzt/,
  },
  name: {
    exact: [
      'name', 'fullname', 'personname', 'employeename', 'employee', 'person', 'displayname', 'staffname', 'member',
      'vollstandigername', 'nomcomplet', 'nombrecompleto', 'nomecompleto', 'volledigenaam', 'fulltnavn', 'fulltnamn', 'imieinazwisko', 'mitarbeiter', 'collaborateur', 'empleado', 'dipendente',
    ],
    // Workday's "Worker" column holds the name (as a probable match, like "Legal Name" and "Preferred Name").
    has: /name|^worker$/,
    not: /first|last|given|family|surname|middle|user|manager|supervisor|reportsto|vorgesetzt|department|dept|team|company|costcent|nick|vorname|nachname|familienname|preferred|knownas|lead/,
  },
  firstName: {
    exact: ['firstname', 'givenname', 'forename', 'first', 'vorname', 'prenom', 'nombre', 'nome', 'voornaam', 'fornavn', 'fornamn', 'etunimi', 'imie', 'primeironome'],
    has: /firstname|givenname|forename|vorname|prenom|voornaam|fornavn|fornamn/,
    not: /manager|supervisor|preferred|usuel|dusage|called/,
  },
  preferredName: {
    exact: [
      'preferredname', 'preferredfirstname', 'preferredgivenname', 'knownas', 'nickname', 'callname', 'goesby', 'rufname', 'prenomusuel', 'prenomdusage', 'roepnaam', 'tilltalsnamn',
      'kutsumanimi', 'nombrepreferido', 'nomepreferito', 'legalnamepreferred',
    ],
    has: /preferred|knownas|nickname|rufname|roepnaam|prenomusuel|prenomdusage/,
    not: /last|family|surname|nachname|manager|supervisor|pronoun|language|email|mail/,
  },
  middleName: {
    exact: ['middlename', 'middlenames', 'middleinitial', 'secondname', 'mellannamn', 'mellemnavn', 'tussenvoegsel', 'zweitername', 'segundonombre'],
    has: /middlename|middleinitial/,
  },
  lastName: {
    exact: [
      'lastname', 'surname', 'familyname', 'last', 'nachname', 'familienname', 'nom', 'nomdefamille', 'apellido', 'apellidos', 'cognome', 'sobrenome', 'apelido',
      'achternaam', 'etternavn', 'efternamn', 'efternavn', 'sukunimi', 'nazwisko',
    ],
    has: /lastname|surname|familyname|nachname|apellido|cognome|achternaam|efternamn|etternavn|nazwisko/,
    not: /manager|supervisor/,
  },
  email: {
    exact: ['email', 'emailaddress', 'mail', 'workemail', 'businessemail', 'emailid', 'emailadresse', 'courriel', 'adressemail', 'correo', 'correoelectronico', 'posta', 'postaelettronica', 'epost', 'epostadress', 'mailadres', 'emailadres'],
    has: /mail|courriel|correo/,
    not: /manager|supervisor|privat|personal|persoonlijk|home|vorgesetzt|reportsto|linemanager|lead|chef|superior|approver|emergency|notfall/,
  },
  title: {
    exact: [
      'title', 'jobtitle', 'position', 'role', 'jobrole', 'designation', 'job', 'businesstitle', 'jobname',
      'stellenbezeichnung', 'berufsbezeichnung', 'funktion', 'titre', 'poste', 'intitule', 'intituledeposte', 'fonction', 'puesto', 'cargo', 'titulo', 'ruolo', 'qualifica', 'mansione',
      'functie', 'functietitel', 'befattning', 'titel', 'tittel', 'stilling', 'stanowisko',
    ],
    has: /title|position|stelle|poste|puesto|cargo|functie|befattning|stanowisko/,
    not: /manager|supervisor|vorgesetzt|status|id$|number$|code$|date|datum/,
  },
  department: {
    exact: [
      'department', 'dept', 'departmentname', 'deptname', 'unit', 'organisationunit', 'organizationunit',
      'abteilung', 'bereich', 'organisationseinheit', 'service', 'departement', 'direction', 'departamento', 'area', 'dipartimento', 'reparto', 'afdeling', 'avdelning', 'avdeling', 'dzial',
      'supervisoryorganization', 'supervisoryorganisation', 'supervisoryorg', 'organization', 'organisation', 'organizationalunit', 'organisationalunit', 'oddelenie', 'oddeleni', 'osztaly',
    ],
    // Division, business unit and cost center only when the file has no department column.
    has: /dept|department|division|businessunit|orgunit|organi[sz]ation|costcent(er|re)|kostenstelle|abteilung|departement|departamento|dipartimento|afdeling|avdelning|dzial/,
    not: /kind|type|manager|head|id$|code$|number$|nummer$|company|legal|employer/,
  },
  departmentKind: {
    exact: ['departmentkind', 'departmenttype', 'depttype', 'deptkind', 'kind', 'abteilungsart', 'typededepartement'],
    has: /(department|dept).*(kind|type)/,
  },
  status: {
    exact: [
      'status', 'employmentstatus', 'employeestatus', 'workerstatus', 'lifecyclestatus', 'positionstatus', 'activestatus', 'emplstatus', 'employmentstate',
      'active', 'isactive', 'activeemployee', 'activeyn', 'aktiv', 'actif', 'activo', 'attivo', 'actief', 'terminated', 'isterminated', 'terminatedyn', 'inactive', 'isinactive', 'leaver', 'ausgetreten',
      'statut', 'statutdusalarie', 'beschaftigungsstatus', 'mitarbeiterstatus', 'estado', 'estadolaboral', 'stato', 'statusdipendente', 'dienstverbandstatus',
    ],
    has: /status|statut|estado/,
    not: /marital|famil|civil|tax|steuer|visa|residen|citizen|contract|vertrag|flsa|exempt|pay|onboarding|approval|request/,
  },
  endDate: {
    exact: [
      'terminationdate', 'enddate', 'leavingdate', 'leavedate', 'separationdate', 'exitdate', 'lastdayofwork', 'lastworkingday', 'lastday', 'employmentenddate', 'contractenddate',
      'austrittsdatum', 'austritt', 'datedesortie', 'datedefin', 'fechadebaja', 'fechadesalida', 'datadicessazione', 'datumuitdienst', 'uitdienstdatum', 'datazwolnienia',
    ],
    has: /termination|separation|leaving|austritt|sortie|enddate/,
    not: /reason|type|grund|motif|category|kind/,
  },
};

/**
 * Proposes a column for each roster field from the headers ("Full name", "E-mail", "Vorname",
 * "Nachname", "Dept"). The person importing confirms or changes the proposal.
 */
export function suggestColumnMapping(headers: readonly string[], hiddenColumns: readonly number[] = []): RosterMapping {
  return suggestMapping(headers.map(numberSign), ROSTER_FIELDS, SYNONYMS, hiddenColumns);
}

/** BambooHR's "Employee #" and "Mitarbeiter-Nr." name a number, not a person: spell the sign out before matching. */
export function numberSign(header: string): string {
  return header.replace(/#|\bNr\.?(?=\s|$)|\bNo\.(?=\s|$)/gi, ' number ');
}
