export const FIRST_NAMES = [
  'Amara', 'Ben', 'Chloe', 'Daniel', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Liam',
  'Maya', 'Noah', 'Olivia', 'Pavel', 'Quinn', 'Rosa', 'Samir', 'Tara', 'Umar', 'Vera', 'Wen', 'Ximena',
  'Yusuf', 'Zoe', 'Aisha', 'Bruno', 'Carmen', 'Dev', 'Emma', 'Felix', 'Gita', 'Hugo', 'Ivy', 'Jamal',
  'Keiko', 'Lucas', 'Mei', 'Nadia', 'Oscar', 'Priya', 'Rafael', 'Sofia', 'Tomas', 'Uma', 'Victor', 'Will',
];

export const LAST_NAMES = [
  'Okafor', 'Schmidt', 'Nguyen', 'Garcia', 'Kowalski', 'Haddad', 'Lindqvist', 'Tanaka', 'Moreau', 'Berg',
  'Adeyemi', 'Murphy', 'Patel', 'Rossi', 'Silva', 'Novak', 'Fischer', 'Costa', 'Iyer', 'Jensen', 'Khan',
  'Larsen', 'Mendes', 'Nakamura', 'O\'Brien', 'Petrov', 'Quintero', 'Reyes', 'Sato', 'Torres', 'Ueda',
  'Varga', 'Walsh', 'Yilmaz', 'Zhang', 'Abbott', 'Brennan', 'Chen', 'Dubois', 'Eriksen',
];
